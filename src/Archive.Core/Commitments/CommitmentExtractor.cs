using System.Text.RegularExpressions;
using Archive.Core.Documents;
using Archive.Core.Text;

namespace Archive.Core.Commitments;

/// <summary>
/// Finds the operative clauses of a paragraph with the rules of <see cref="CommitmentRules"/>. A sentence's main
/// clause is read by its structure: the subject that opens it (or opens the sentence after an opening phrase, "Having
/// reviewed …, Ministers adopted …"), an actor ("Ministers", "We", a body) or any noun phrase ("The Parties"), then its
/// verb after adverbs, auxiliaries and frames ("We subsequently endorsed", "were pleased to note"): a trigger in one
/// of its voices (<see cref="TriggerVoice"/>), or an impersonal or opening trigger with no actor ("It was agreed
/// that", "Decides to"). The verbs coordinated with the main verb share its subject, even when the main verb is no
/// trigger ("We reviewed … and agreed to …"), and "… and they resolved to …" starts a clause of the actor named. A
/// lead-in ("Ministers agreed to:") and the sub-items under it that have no verb of their own are one clause with
/// parts. Sentences without such a clause (narrative, preamble) yield nothing.
/// </summary>
public sealed partial class CommitmentExtractor(CommitmentRules rules)
{
    // A noun phrase standing as subject has at most this many words before its verb, modifiers included ("The
    // Signatories to the regional data exchange arrangement", "Members that have not yet done so").
    private const int MaxSubjectWords = 15;

    // A lead-in naming the subject of its items has at most this many words ("The Government and Business Forum:").
    private const int LeadSubjectWords = 6;

    public IReadOnlyList<Commitment> Extract(ArchiveDocument document, Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(paragraph);
        var language = RulesLanguage(document);
        var lines = Lines(paragraph.Text);
        var clauses = FindClauses(paragraph.Text, lines[0], language, null, null);
        var lead = clauses.LastOrDefault();
        // "Ministers:" then "(a) decided …": a lead-in without a verb leaves the verbs to its items.
        var itemActor = lead is null ? LeadSubject(lines[0].Text, language) : null;
        var leadIn = lead is not null && lines.Count > 1 && lines[0].Text.TrimEnd().EndsWith(':');
        var parts = new List<Line>();
        foreach (var item in lines.Skip(1))
        {
            var own = FindClauses(paragraph.Text, item, language, lead?.Actor ?? itemActor, itemActor);
            if (own.Count == 0 && leadIn)
            {
                parts.Add(item);
            }
            else
            {
                clauses.AddRange(own);
            }
        }

        if (parts.Count > 0)
        {
            // "Ministers agreed to: (a) …; (b) …" is one undertaking: the lead-in's clause, its items the parts.
            var end = parts[^1].Start + parts[^1].Text.Length;
            var span = new ClauseSpan(lead!.Span.Start, end - lead.Span.Start);
            clauses[clauses.IndexOf(lead)] = lead with
            {
                Action = paragraph.Text.Substring(span.Start, span.Length),
                Span = span,
                Parts = [.. parts.Select(p => p.Text)],
            };
        }

        // Appreciation for hosting or hospitality is a courtesy, like thanks: no position is recorded.
        var grammar = rules.Grammar[language];
        return [.. clauses
            .Where(c => c.Strength != CommitmentStrength.Acknowledgement || !grammar.IsCourtesy(c.Action))
            .Select((c, i) => ToCommitment(document, paragraph, c, i + 1))];
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
        return Create(document, paragraph, 1, new Clause(strongest.Actor, strongest.Addressee, strongest.Strength, string.Empty, text, span, []), strongest.Id);
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
            strengthFrom,
            clause.Parts);

    /// <param name="itemActor">For a sub-item, the subject of its lead-in, whose verb may open the item ("(a) decided …").</param>
    private List<Clause> FindClauses(string paragraphText, Line line, DocumentLanguage language, string? previousActor, string? itemActor)
    {
        var clauses = new List<Clause>();
        foreach (var (sentenceFrom, sentenceTo) in Sentences.Spans(line.Text, semicolonEnds: false))
        {
            var sentence = line.Text[sentenceFrom..sentenceTo];
            var words = WordsOf(sentence);
            var reader = new SentenceReader(rules.Triggers[language], rules.Grammar[language], sentence, words);
            var found = itemActor is not null && reader.ItemVerb() is var (verb, verbAt, verbLength)
                ? Coordinated(reader, itemActor, verbAt, verbLength, language, [new Found(words[verbAt].Start, itemActor, null, verb, verbAt, verbLength)])
                : SentenceClauses(reader, language, previousActor);
            if (found.Count > 0)
            {
                previousActor = found[^1].Actor;
            }

            for (var k = 0; k < found.Count; k++)
            {
                var end = k + 1 < found.Count ? found[k + 1].Start : sentence.Length;
                var clause = found[k];
                var action = ClauseEnd().Replace(sentence[clause.Start..end], string.Empty);
                var after = clause.TriggerAt + clause.TriggerLength;
                var triggerText = sentence[words[clause.TriggerAt].Start..words[after - 1].End];
                var sentenceStart = line.Start + sentenceFrom;
                var addressee = clause.Addressee ?? Addressee(reader, clause, end, paragraphText, sentenceStart, language);
                clauses.Add(new Clause(clause.Actor, addressee, clause.Trigger.Strength, triggerText, action, new ClauseSpan(sentenceStart + clause.Start, action.Length), []));
            }
        }

        return clauses;
    }

    /// <summary>
    /// The clauses of one sentence: its main clause, then the verbs coordinated with the main verb. The main clause is
    /// the first that opens the sentence or a part of it after a comma; where none does ("In 2016 Ministers agreed …"),
    /// the first anywhere. A subject whose verb is no trigger ("We reviewed …") is a main clause with no clause of its
    /// own: only its coordinated verbs can be ("… and agreed to …"), and what its object says ("… how members were
    /// asked to …") is not.
    /// </summary>
    private List<Found> SentenceClauses(SentenceReader reader, DocumentLanguage language, string? previousActor)
    {
        var words = reader.Words;
        Found? anywhere = null;
        for (var i = 0; i < words.Count; i++)
        {
            var initial = reader.OpensClause(i);
            Found? found = reader.Actorless(i) is var (actorless, actorlessAt, actorlessLength)
                ? new Found(words[i].Start, previousActor ?? "meeting", null, actorless, actorlessAt, actorlessLength)
                : PartyClause(reader, i, language, previousActor) ?? (initial ? NounPhraseClause(reader, i, language, previousActor) : null);
            if (found is not null && (initial || reader.OpensClause(i - 1) && words[i - 1].Text is "the"))
            {
                return Coordinated(reader, found.Actor, found.TriggerAt, found.TriggerLength, language, [found]);
            }

            // A personal pronoun inside a clause belongs to it: "… the risks they will face" is no clause of theirs.
            anywhere ??= found is not null && !reader.Grammar.IsPersonal(words[i].Text) ? found : null;
            if (found is null && initial && SubjectWithoutTrigger(reader, i, language, previousActor) is var (actor, verbAt))
            {
                return Coordinated(reader, actor, verbAt, 1, language, []);
            }
        }

        return anywhere is null ? [] : Coordinated(reader, anywhere.Actor, anywhere.TriggerAt, anywhere.TriggerLength, language, [anywhere]);
    }

    /// <summary>
    /// Adds to <paramref name="found"/> the clauses coordinated with the verb of <paramref name="actor"/> at
    /// <paramref name="verbAt"/>: "… and encouraged members …", "…, noted … and agreed …" (the same subject), "… and
    /// they decided …" (the actor named), "… and it was agreed that …".
    /// </summary>
    private List<Found> Coordinated(SentenceReader reader, string actor, int verbAt, int verbLength, DocumentLanguage language, List<Found> found)
    {
        var words = reader.Words;
        var clauseVerb = verbAt;
        for (var j = verbAt + verbLength; j < words.Count - 1; j++)
        {
            var conjunction = reader.Grammar.IsConjunction(words[j].Text);
            // "tasked the AHG to oversee …, agree … and report …": after a complement opens, a bare comma lists its verbs.
            if (!conjunction && (!reader.AfterComma(j) || reader.ComplementBetween(clauseVerb, j)))
            {
                continue;
            }

            var at = reader.SkipAdverbs(conjunction ? j + 1 : j);
            Found? next = null;
            if (reader.Best(TriggerVoice.Active, at) is var (same, length) && reader.CoordinatesWith(words[clauseVerb].Text, at, length, conjunction))
            {
                next = new Found(words[at].Start, actor, null, same, at, length);
            }
            else
            {
                next = PartyClause(reader, at, language, actor)
                    ?? (conjunction && reader.Actorless(at) is var (impersonal, impersonalAt, impersonalLength) ? new Found(words[at].Start, actor, null, impersonal, impersonalAt, impersonalLength) : null);
            }

            if (next is not null)
            {
                found.Add(next);
                actor = next.Trigger.Voice == TriggerVoice.Passive ? actor : next.Actor;
                clauseVerb = next.TriggerAt;
                j = next.TriggerAt + next.TriggerLength - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// A clause whose party is named at word <paramref name="at"/>: its actor ("Ministers agreed"), or, before a
    /// passive trigger, its addressee ("Members were called upon to …"), the meeting speaking.
    /// </summary>
    private Found? PartyClause(SentenceReader reader, int at, DocumentLanguage language, string? previousActor)
    {
        if (MatchParty(rules.Actors, reader.Words, at, language) is not var (party, length)
            || reader.AfterSubject(at + length, passive: true) is not var (trigger, triggerAt, triggerLength))
        {
            return null;
        }

        var named = Referent(party, previousActor);
        var passive = trigger.Voice == TriggerVoice.Passive;
        return new Found(ClauseStart(reader.Words, at), passive ? previousActor ?? "meeting" : named, passive ? named : null, trigger, triggerAt, triggerLength);
    }

    /// <summary>
    /// A clause whose subject is a noun phrase opening the clause, with its modifiers: "The Parties agreed", "The
    /// Signatories to the data exchange arrangement committed", "Members that have not yet done so were urged",
    /// "Business members undertook". Its actor is the party its head names ("members"), or else the head itself
    /// ("asean-secretariat"), when a word of it is capitalised where the sentence does not ask for one; before a
    /// passive trigger the subject is the addressee. A relative clause's own verb ("that have agreed to …") is not the
    /// subject's; a verb that cannot be finite ("The Declaration adopted in 2016 …", "The next meeting will be held …")
    /// ends the search.
    /// </summary>
    private Found? NounPhraseClause(SentenceReader reader, int at, DocumentLanguage language, string? previousActor)
    {
        var words = reader.Words;
        if (!reader.CanOpenSubject(at))
        {
            return null;
        }

        var head = -1;
        var relative = -1;
        var mainVerbFrom = at + 1;
        for (var end = at + 1; end <= Math.Min(words.Count - 1, at + MaxSubjectWords); end++)
        {
            if (end >= mainVerbFrom && reader.AfterSubject(end, passive: true) is var (trigger, triggerAt, triggerLength))
            {
                return reader.IsFiniteVerb(end, triggerAt, triggerLength)
                    ? NounPhraseFound(reader, at, head < 0 ? end : head, end, trigger, triggerAt, triggerLength, language, previousActor)
                    : null;
            }

            if (!reader.CanContinueSubject(end, insideRelative: relative >= 0))
            {
                return null;
            }

            head = head < 0 && reader.OpensModifier(end) ? end : head;
            if (relative < 0 && reader.Grammar.IsRelative(words[end].Text))
            {
                relative = end;
                mainVerbFrom = reader.PastRelativeVerb(end);
            }
        }

        return null;
    }

    private Found? NounPhraseFound(SentenceReader reader, int at, int headEnd, int end, Trigger trigger, int triggerAt, int triggerLength, DocumentLanguage language, string? previousActor)
    {
        var words = reader.Words;
        var headWords = words[at..headEnd];
        var party = LastParty(rules.Actors, headWords, language);
        if (party is null && !reader.NamesSomeone(at, end))
        {
            return null;
        }

        var named = party ?? Slug(headWords.Count > 0 ? headWords : words[at..end]);
        return trigger.Voice == TriggerVoice.Passive
            ? new Found(words[at].Start, previousActor ?? "meeting", LastParty(rules.Addressees, headWords, language) ?? named, trigger, triggerAt, triggerLength)
            : new Found(words[at].Start, named, null, trigger, triggerAt, triggerLength);
    }

    private static string Slug(List<SentenceWord> words) =>
        string.Join('-', words.Where(w => w.Text is not ("the" or "para" or "a" or "an")).Select(w => w.Text));

    /// <summary>
    /// An actor opening the clause at <paramref name="at"/> whose verb is no trigger ("We reviewed …", "Kami
    /// meninjau …"), with the position of that verb; null when no actor stands there or no verb follows it.
    /// </summary>
    private (string Actor, int VerbAt)? SubjectWithoutTrigger(SentenceReader reader, int at, DocumentLanguage language, string? previousActor)
    {
        if (MatchParty(rules.Actors, reader.Words, at, language) is not var (party, length))
        {
            return null;
        }

        var verbAt = reader.SkipAdverbs(reader.SkipParenthesis(at + length));
        return verbAt < reader.Words.Count && reader.MayBeVerb(verbAt)
            ? (Referent(party, previousActor), verbAt)
            : null;
    }

    /// <summary>
    /// The subject a lead-in without a verb names ("Ministers:", "The Forum:"): the party it names, or else its words
    /// when they are a short noun phrase; null when it is none ("In particular:").
    /// </summary>
    private string? LeadSubject(string lead, DocumentLanguage language)
    {
        var words = WordsOf(lead);
        if (words.Count == 0 || words.Count > LeadSubjectWords)
        {
            return null;
        }

        var reader = new SentenceReader(rules.Triggers[language], rules.Grammar[language], lead, words);
        return reader.CanOpenSubject(0) && Enumerable.Range(1, words.Count - 1).All(k => reader.CanContinueSubject(k, insideRelative: false))
            ? LastParty(rules.Actors, words, language) ?? Slug(words)
            : null;
    }

    // "they" / "mereka" is the actor named before, Ministers when none was.
    private static string Referent(string party, string? previousActor) => party == "they" ? previousActor ?? "ministers" : party;

    // "The Ad Hoc Group will …": the clause starts with its article.
    private static int ClauseStart(List<SentenceWord> words, int at) =>
        at > 0 && words[at - 1].Text is "the" ? words[at - 1].Start : words[at].Start;

    /// <summary>
    /// Whom a clause addresses when no passive named it: the first body named after its trigger, up to the clause's
    /// end. After "requested it to …" the pronoun's body comes first: the one its sentence named first (the object of
    /// "welcomed the new Office, supported by IOM, and …"), or else the one the paragraph named last before the
    /// sentence (which starts at <paramref name="sentenceStart"/> in <paramref name="paragraphText"/>).
    /// </summary>
    private string? Addressee(SentenceReader reader, Found clause, int end, string paragraphText, int sentenceStart, DocumentLanguage language)
    {
        var words = reader.Words;
        var sentence = reader.Sentence;
        var after = clause.TriggerAt + clause.TriggerLength;
        var referent = after < words.Count && words[after].Start < end && reader.Grammar.IsPronoun(words[after].Text)
            ? FindParty(rules.Addressees, WordsOf(sentence[..words[clause.TriggerAt].Start]), language) ?? LastParty(rules.Addressees, paragraphText[..sentenceStart], language)
            : null;
        return referent ?? FindParty(rules.Addressees, WordsOf(sentence[words[after - 1].End..end]), language);
    }

    /// <summary>The party named at <paramref name="at"/> by the longest form: "Senior Officials' Meeting" before "Senior Officials".</summary>
    private static (string Id, int Length)? MatchParty(IReadOnlyList<NamedParty> parties, List<SentenceWord> words, int at, DocumentLanguage language)
    {
        (string Id, int Length)? best = null;
        foreach (var party in parties)
        {
            foreach (var form in party.Forms(language))
            {
                if (form.Length > (best?.Length ?? 0) && SentenceWord.Spell(words, form, at))
                {
                    best = (form is ["they"] or ["mereka"] ? "they" : party.Id, form.Length);
                }
            }
        }

        return best;
    }

    private static string? FindParty(IReadOnlyList<NamedParty> parties, List<SentenceWord> words, DocumentLanguage language)
    {
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
    private static string? LastParty(IReadOnlyList<NamedParty> parties, string text, DocumentLanguage language) =>
        LastParty(parties, WordsOf(text), language);

    private static string? LastParty(IReadOnlyList<NamedParty> parties, List<SentenceWord> words, DocumentLanguage language)
    {
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

    private static List<SentenceWord> WordsOf(string text) =>
        [.. Words.Find(text).Select(m => new SentenceWord(m.Value.ToLowerInvariant(), m.Index, m.Index + m.Length, char.IsUpper(m.Value[0])))];

    [GeneratedRegex(@"[\s,;]+(?:and|dan|serta)?\s*$")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\b(?:by (?:the end of )?(?:19|20)\d\d|before the next (?:Ministerial )?(?:Conference|meeting)|within (?:\w+|\d+) (?:months|years)|at (?:its|their) next meeting|paling lambat (?:tahun )?(?:19|20)\d\d|sebelum (?:Konferensi Tingkat Menteri|pertemuan) berikutnya|dalam (?:waktu )?(?:\w+ ){1,2}(?:bulan|tahun)|pada pertemuan berikutnya)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeFramePattern();

    private sealed record Line(string Text, int Start);

    private sealed record Found(int Start, string Actor, string? Addressee, Trigger Trigger, int TriggerAt, int TriggerLength);

    private sealed record Clause(string Actor, string? Addressee, CommitmentStrength Strength, string TriggerText, string Action, ClauseSpan Span, IReadOnlyList<string> Parts);
}
