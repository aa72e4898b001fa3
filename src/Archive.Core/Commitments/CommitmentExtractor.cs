using System.Text.RegularExpressions;
using Archive.Core.Documents;
using Archive.Core.Text;

namespace Archive.Core.Commitments;

/// <summary>
/// Finds the operative clauses of a paragraph with the rules of <see cref="CommitmentRules"/>: a clause is a trigger
/// in one of its voices (<see cref="TriggerVoice"/>): after an actor ("Ministers", "Para Menteri", "We", a named body:
/// "Ministers tasked", "sepakat untuk"), after its addressee ("Members were called upon to"), or opening a clause with
/// no actor ("It was agreed that", "Decides to"), up to the next such clause or the end of the sentence; "… and
/// encouraged members …" starts a new clause for the same actor, "… and they resolved to …" one for the actor named. Sub-items "(a) …" under a lead-in ("Ministers decided:") are clauses of the
/// lead-in's actor and trigger. Sentences without an actor and a trigger (narrative, preamble) yield nothing.
/// </summary>
public sealed partial class CommitmentExtractor(CommitmentRules rules)
{
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "also", "further", "furthermore", "again", "strongly", "jointly", "therefore", "unanimously", "firmly", "today",
        "collectively", "warmly", "fully", "hereby", "all", "juga", "selanjutnya", "lebih", "lanjut", "dengan", "tegas",
        "sepenuhnya", "hari", "ini", "secara", "bersama-sama", "pun",
    };

    // Between a passive trigger's addressee and the trigger ("Members were encouraged", "AHG telah ditugaskan").
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "shall", "will", "would", "should",
        "telah", "sudah",
    };

    // What follows an impersonal trigger with no "it" before it: "Agreed that …", "Disepakati bahwa …". Without one,
    // a sentence opening on a participle ("Adopted in 2016, the Declaration …") is narrative, not a decision.
    private static readonly HashSet<string> Complementisers = new(StringComparer.Ordinal) { "that", "to", "on", "bahwa", "untuk", "agar", "supaya" };

    // After an opening trigger, a word that shows it was a noun: "Requests for asylum …", "Notes of the meeting …".
    private static readonly HashSet<string> NounMarkers = new(StringComparer.Ordinal) { "for", "of", "from", "in", "by", "with", "at", "and", "or", "were", "are", "have" };

    // A tasked body referred to, not named: "requested it to …", "asked them to …".
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "it", "them" };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "and", "dan", "serta", "but", "namun", "while", "sementara" };

    public IReadOnlyList<Commitment> Extract(ArchiveDocument document, Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(paragraph);
        var language = RulesLanguage(document);
        var lines = Lines(paragraph.Text);
        var clauses = FindClauses(paragraph.Text, lines[0], language, null);
        var lead = clauses.LastOrDefault();
        var leadIn = lead is not null && lines.Count > 1 && lines[0].Text.TrimEnd().EndsWith(':');
        if (leadIn && Words.Count(lead!.Action) <= 6)
        {
            // "Ministers decided:" says nothing by itself; its sub-items carry the substance.
            clauses.RemoveAt(clauses.Count - 1);
        }

        foreach (var item in lines.Skip(1))
        {
            var own = FindClauses(paragraph.Text, item, language, lead?.Actor);
            clauses.AddRange(own.Count > 0 || !leadIn ? own : [lead! with { Action = item.Text, Span = new ClauseSpan(item.Start, item.Text.Length) }]);
        }

        return [.. clauses.Select((c, i) => ToCommitment(document, paragraph, c, i + 1))];
    }

    /// <summary>
    /// A paragraph in which no clause was read, through its counterpart's clauses: a translation says the same thing,
    /// so when one language's wording escapes the rules ("The Forum was of one mind that …") the other's reading is
    /// the evidence. The whole paragraph is the clause; its strength is the counterpart's strongest clause's.
    /// </summary>
    public Commitment? FromCounterpart(ArchiveDocument document, Paragraph paragraph, IReadOnlyList<Commitment> counterpart)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(counterpart);
        if (counterpart.Where(c => c.StrengthFrom is null).OrderByDescending(c => c.Strength).FirstOrDefault() is not { } strongest)
        {
            return null;
        }

        var text = paragraph.Text.Trim();
        var span = new ClauseSpan(paragraph.Text.IndexOf(text, StringComparison.Ordinal), text.Length);
        return Create(document, paragraph, 1, new Clause(strongest.Actor, strongest.Addressee, strongest.Strength, string.Empty, text, span), strongest.Id);
    }

    private static DocumentLanguage RulesLanguage(ArchiveDocument document) =>
        document.Language == DocumentLanguage.Indonesian ? DocumentLanguage.Indonesian : DocumentLanguage.English;

    private Commitment ToCommitment(ArchiveDocument document, Paragraph paragraph, Clause clause, int number) =>
        // Only a tasking or an encouragement is addressed to someone; a decision or a welcome names bodies as its subject matter.
        Create(document, paragraph, number, clause.Strength is CommitmentStrength.Tasking or CommitmentStrength.Encouragement ? clause : clause with { Addressee = null }, null);

    private Commitment Create(ArchiveDocument document, Paragraph paragraph, int number, Clause clause, string? strengthFrom) =>
        new(
            $"{paragraph.Id}/c{number}",
            paragraph.Id,
            document.Id,
            document.Metadata.Type,
            document.Language,
            document.Metadata.Conference,
            document.Metadata.Date,
            clause.Actor,
            clause.Addressee,
            clause.Action,
            clause.Strength,
            clause.TriggerText,
            rules.Topics.Match(clause.Action, RulesLanguage(document)),
            TimeFrame(clause.Action),
            clause.Span,
            strengthFrom);

    private List<Clause> FindClauses(string paragraphText, Line line, DocumentLanguage language, string? previousActor)
    {
        var clauses = new List<Clause>();
        var triggers = rules.Triggers[language];
        foreach (var range in SentenceBreak().EnumerateSplits(line.Text))
        {
            var sentence = line.Text[range];
            if (sentence.Length == 0)
            {
                continue;
            }

            var words = WordsOf(sentence);
            var found = new List<Found>();
            for (var i = 0; i < words.Count; i++)
            {
                if (Actorless(triggers, sentence, words, i) is var (actorless, actorlessAt))
                {
                    // No actor in the words: the meeting that adopted the text speaks.
                    found.Add(new Found(words[i].Start, previousActor ?? "meeting", null, actorless, actorlessAt));
                }
                else if (PartyClause(triggers, words, i, language, previousActor) is { } clause)
                {
                    found.Add(clause);
                    previousActor = clause.Actor;
                }
                else
                {
                    continue;
                }

                // "… and encouraged members …", "… and they decided …": a further clause, of the same actor or the one named.
                var first = found[^1];
                for (var j = first.TriggerAt + first.Trigger.Words.Count; j < words.Count - 1; j++)
                {
                    if (!Conjunctions.Contains(words[j].Text))
                    {
                        continue;
                    }

                    var nextAt = SkipAdverbs(words, j + 1);
                    var next = BestTrigger(triggers, TriggerVoice.Active, words, nextAt) is { } same
                        ? new Found(words[nextAt].Start, first.Actor, null, same, nextAt)
                        : PartyClause(triggers, words, nextAt, language, first.Actor);
                    if (next is not null)
                    {
                        found.Add(next);
                        j = next.TriggerAt + next.Trigger.Words.Count - 1;
                    }
                }

                break;
            }

            for (var k = 0; k < found.Count; k++)
            {
                var end = k + 1 < found.Count ? found[k + 1].Start : sentence.Length;
                var clause = found[k];
                var action = ClauseEnd().Replace(sentence[clause.Start..end], string.Empty);
                var after = clause.TriggerAt + clause.Trigger.Words.Count;
                var triggerText = sentence[words[clause.TriggerAt].Start..words[after - 1].End];
                var sentenceStart = line.Start + range.Start.Value;
                var addressee = clause.Addressee ?? Addressee(words, clause, sentence, end, paragraphText, sentenceStart, language);
                clauses.Add(new Clause(clause.Actor, addressee, clause.Trigger.Strength, triggerText, action, new ClauseSpan(sentenceStart + clause.Start, action.Length)));
            }
        }

        return clauses;
    }

    /// <summary>
    /// Whom a clause addresses when no passive named it: the first body named after its trigger, up to the clause's
    /// end. After "requested it to …" the pronoun's body comes first: the one its sentence named first (the object of
    /// "welcomed the new Office, supported by IOM, and …"), or else the one the paragraph named last before the
    /// sentence (which starts at <paramref name="sentenceStart"/> in <paramref name="paragraphText"/>).
    /// </summary>
    private string? Addressee(List<Word> words, Found clause, string sentence, int end, string paragraphText, int sentenceStart, DocumentLanguage language)
    {
        var after = clause.TriggerAt + clause.Trigger.Words.Count;
        var referent = after < words.Count && words[after].Start < end && Pronouns.Contains(words[after].Text)
            ? FindParty(rules.Addressees, sentence[..words[clause.TriggerAt].Start], language) ?? LastParty(rules.Addressees, paragraphText[..sentenceStart], language)
            : null;
        return referent ?? FindParty(rules.Addressees, sentence[words[after - 1].End..end], language);
    }

    /// <summary>
    /// A clause whose party is named at word <paramref name="at"/>: its actor ("Ministers agreed"), or, before a
    /// passive trigger, its addressee ("Members were called upon to …"), the meeting speaking.
    /// </summary>
    private Found? PartyClause(IReadOnlyList<Trigger> triggers, List<Word> words, int at, DocumentLanguage language, string? previousActor)
    {
        if (MatchParty(rules.Actors, words, at, language) is not var (party, length)
            || AfterParty(triggers, words, at + length) is not var (trigger, triggerAt))
        {
            return null;
        }

        var named = party == "they" ? previousActor ?? "ministers" : party;
        var passive = trigger.Voice == TriggerVoice.Passive;
        // "The Ad Hoc Group will …": the clause starts with its article.
        var start = at > 0 && words[at - 1].Text is "the" ? words[at - 1].Start : words[at].Start;
        return new Found(start, passive ? previousActor ?? "meeting" : named, passive ? named : null, trigger, triggerAt);
    }

    /// <summary>
    /// An impersonal or opening trigger (no actor in the words) starting a clause at word <paramref name="at"/>: the sentence's first word, or
    /// the first after a comma, colon or semicolon in its first eight words ("At the meeting, it was agreed that …").
    /// </summary>
    private static (Trigger Trigger, int At)? Actorless(IReadOnlyList<Trigger> triggers, string sentence, List<Word> words, int at)
    {
        if (at > 0 && (at > 8 || sentence.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).IndexOfAny(",:;") < 0))
        {
            return null;
        }

        var subject = words[at].Text == "it";
        var next = SkipAdverbs(words, SkipAuxiliaries(words, SkipAdverbs(words, subject ? at + 1 : at)));
        if (subject && next == at + 1)
        {
            return null;
        }

        if (!subject && BestTrigger(triggers, TriggerVoice.Opening, words, next) is { } opening)
        {
            var following = next + opening.Words.Count;
            return following < words.Count && !NounMarkers.Contains(words[following].Text) ? (opening, next) : null;
        }

        if (BestTrigger(triggers, TriggerVoice.Impersonal, words, next) is not { } trigger)
        {
            return null;
        }

        var after = next + trigger.Words.Count;
        var complement = after < words.Count && Complementisers.Contains(words[after].Text)
            || after < words.Count && sentence.AsSpan(words[after - 1].End, words[after].Start - words[after - 1].End).Contains(':');
        return subject || complement ? (trigger, next) : null;
    }

    /// <summary>
    /// The trigger after a party: active right after it ("Ministers agreed"), or passive after an auxiliary
    /// ("Members were encouraged") or, where the language marks the passive on the verb, right after it ("Anggota
    /// diminta"). After an auxiliary the passive is tried first: "Members will be asked to" is a tasking, not a "will".
    /// </summary>
    private static (Trigger Trigger, int At)? AfterParty(IReadOnlyList<Trigger> triggers, List<Word> words, int afterParty)
    {
        var at = SkipAdverbs(words, afterParty);
        var auxiliary = SkipAdverbs(words, SkipAuxiliaries(words, at));
        (TriggerVoice Voice, int At)[] order = auxiliary > at
            ? [(TriggerVoice.Passive, auxiliary), (TriggerVoice.Active, at)]
            : [(TriggerVoice.Active, at), (TriggerVoice.Passive, at)];
        foreach (var (voice, position) in order)
        {
            if (BestTrigger(triggers, voice, words, position) is { } trigger)
            {
                return (trigger, position);
            }
        }

        return null;
    }

    private static Trigger? BestTrigger(IReadOnlyList<Trigger> triggers, TriggerVoice voice, List<Word> words, int at)
    {
        if (at >= words.Count)
        {
            return null;
        }

        var texts = words.Select(w => w.Text).ToList();

        // Triggers are ordered longest first: "agreed to establish" before "agreed to" before "agreed".
        return triggers.FirstOrDefault(t => t.Voice == voice && t.Matches(texts, at));
    }

    private static int SkipAuxiliaries(List<Word> words, int at)
    {
        while (at < words.Count && Auxiliaries.Contains(words[at].Text))
        {
            at++;
        }

        return at;
    }

    private static int SkipAdverbs(List<Word> words, int at)
    {
        var skipped = 0;
        while (at < words.Count && skipped < 3 && Adverbs.Contains(words[at].Text))
        {
            at++;
            skipped++;
        }

        return at;
    }

    /// <summary>The party named at <paramref name="at"/> by the longest form: "Senior Officials' Meeting" before "Senior Officials".</summary>
    private static (string Id, int Length)? MatchParty(IReadOnlyList<NamedParty> parties, List<Word> words, int at, DocumentLanguage language)
    {
        (string Id, int Length)? best = null;
        foreach (var party in parties)
        {
            foreach (var form in party.Forms(language))
            {
                if (form.Length > (best?.Length ?? 0) && at + form.Length <= words.Count && form.Select((w, k) => words[at + k].Text == w).All(x => x))
                {
                    best = (form is ["they"] or ["mereka"] ? "they" : party.Id, form.Length);
                }
            }
        }

        return best;
    }

    private static string? FindParty(IReadOnlyList<NamedParty> parties, string text, DocumentLanguage language)
    {
        var words = WordsOf(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (MatchParty(parties, words, i, language) is var (id, _))
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>The party named last in <paramref name="text"/>: what a pronoun after it refers to.</summary>
    private static string? LastParty(IReadOnlyList<NamedParty> parties, string text, DocumentLanguage language)
    {
        var words = WordsOf(text);
        string? last = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (MatchParty(parties, words, i, language) is var (id, length))
            {
                last = id;
                i += length - 1;
            }
        }

        return last;
    }

    private static string? TimeFrame(string action)
    {
        var match = TimeFramePattern().Match(action);
        return match.Success ? match.Value : null;
    }

    /// <summary>The paragraph's non-empty lines, trimmed, each with where it starts in the paragraph's text.</summary>
    private static List<Line> Lines(string text)
    {
        var lines = new List<Line>();
        var at = 0;
        foreach (var raw in text.Split('\n'))
        {
            var trimmed = raw.Trim();
            if (trimmed.Length > 0)
            {
                lines.Add(new Line(trimmed, at + raw.IndexOf(trimmed, StringComparison.Ordinal)));
            }

            at += raw.Length + 1;
        }

        return lines.Count > 0 ? lines : [new Line(string.Empty, 0)];
    }

    private static List<Word> WordsOf(string text) =>
        [.. Words.Find(text).Select(m => new Word(m.Value.ToLowerInvariant(), m.Index, m.Index + m.Length))];

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z(""])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[\s,;]+(?:and|dan|serta)?\s*$")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\b(?:by (?:the end of )?(?:19|20)\d\d|before the next (?:Ministerial )?(?:Conference|meeting)|within (?:\w+|\d+) (?:months|years)|at (?:its|their) next meeting|paling lambat (?:tahun )?(?:19|20)\d\d|sebelum (?:Konferensi Tingkat Menteri|pertemuan) berikutnya|dalam (?:waktu )?(?:\w+ ){1,2}(?:bulan|tahun)|pada pertemuan berikutnya)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeFramePattern();

    private sealed record Word(string Text, int Start, int End);

    private sealed record Line(string Text, int Start);

    private sealed record Found(int Start, string Actor, string? Addressee, Trigger Trigger, int TriggerAt);

    private sealed record Clause(string Actor, string? Addressee, CommitmentStrength Strength, string TriggerText, string Action, ClauseSpan Span);
}
