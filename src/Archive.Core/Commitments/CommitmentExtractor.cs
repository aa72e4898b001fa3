using System.Text.RegularExpressions;
using Archive.Core.Documents;
using Archive.Core.Text;

namespace Archive.Core.Commitments;

/// <summary>
/// Finds the operative clauses of a paragraph with the rules of <see cref="CommitmentRules"/>: a clause is an actor
/// ("Ministers", "Para Menteri", "We", a named body) followed within a few words by a trigger ("tasked",
/// "sepakat untuk"), up to the next such clause or the end of the sentence; "… and encouraged members …" starts a
/// new clause for the same actor. Sub-items "(a) …" under a lead-in ("Ministers decided:") are clauses of the
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

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "and", "dan", "serta", "but", "namun", "while", "sementara" };

    public IReadOnlyList<Commitment> Extract(ArchiveDocument document, Paragraph paragraph)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(paragraph);
        var language = document.Language == DocumentLanguage.Indonesian ? DocumentLanguage.Indonesian : DocumentLanguage.English;
        var lines = paragraph.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var clauses = FindClauses(lines[0], language, null);
        var lead = clauses.LastOrDefault();
        var leadIn = lead is not null && lines.Length > 1 && lines[0].TrimEnd().EndsWith(':');
        if (leadIn && Words.Count(lead!.Action) <= 6)
        {
            // "Ministers decided:" says nothing by itself; its sub-items carry the substance.
            clauses.RemoveAt(clauses.Count - 1);
        }

        foreach (var item in lines.Skip(1))
        {
            var own = FindClauses(item, language, lead?.Actor);
            clauses.AddRange(own.Count > 0 || !leadIn ? own : [lead! with { Action = item }]);
        }

        return [.. clauses.Select((c, i) => ToCommitment(document, paragraph, language, c, i + 1))];
    }

    private Commitment ToCommitment(ArchiveDocument document, Paragraph paragraph, DocumentLanguage language, Clause clause, int number)
    {
        var addressee = clause.Trigger.Strength is CommitmentStrength.Tasking or CommitmentStrength.Encouragement
            ? FindParty(rules.Addressees, clause.AfterTrigger, language)
            : null;
        return new Commitment(
            $"{paragraph.Id}/c{number}",
            paragraph.Id,
            document.Id,
            document.Metadata.Type,
            document.Language,
            document.Metadata.Conference,
            document.Metadata.Date,
            clause.Actor,
            addressee,
            clause.Action,
            clause.Trigger.Strength,
            clause.TriggerText,
            rules.Topics.Match(clause.Action, language),
            TimeFrame(clause.Action));
    }

    private List<Clause> FindClauses(string text, DocumentLanguage language, string? previousActor)
    {
        var clauses = new List<Clause>();
        var triggers = rules.Triggers[language];
        foreach (var sentence in SplitSentences(text))
        {
            var words = WordsOf(sentence);
            var found = new List<(int Start, string Actor, Trigger Trigger, int TriggerAt)>();
            for (var i = 0; i < words.Count; i++)
            {
                if (MatchParty(rules.Actors, words, i, language) is not var (actor, length))
                {
                    continue;
                }

                var at = SkipAdverbs(words, i + length);
                if (BestTrigger(triggers, words, at) is not { } trigger)
                {
                    continue;
                }

                actor = actor == "they" ? previousActor ?? "ministers" : actor;
                // "The Ad Hoc Group will …": the clause starts with its article.
                var start = i > 0 && words[i - 1].Text is "the" ? words[i - 1].Start : words[i].Start;
                found.Add((start, actor, trigger, at));
                previousActor = actor;

                // "… and encouraged members …": a further clause for the same actor.
                for (var j = at + trigger.Words.Count; j < words.Count - 1; j++)
                {
                    if (Conjunctions.Contains(words[j].Text) && BestTrigger(triggers, words, SkipAdverbs(words, j + 1)) is { } next)
                    {
                        var nextAt = SkipAdverbs(words, j + 1);
                        found.Add((words[nextAt].Start, actor, next, nextAt));
                        j = nextAt + next.Words.Count - 1;
                    }
                }

                break;
            }

            for (var k = 0; k < found.Count; k++)
            {
                var end = k + 1 < found.Count ? found[k + 1].Start : sentence.Length;
                var action = ClauseEnd().Replace(sentence[found[k].Start..end], string.Empty);
                var triggerWords = words.Skip(found[k].TriggerAt).Take(found[k].Trigger.Words.Count).ToList();
                var triggerText = sentence[triggerWords[0].Start..triggerWords[^1].End];
                var afterTrigger = sentence[triggerWords[^1].End..end];
                clauses.Add(new Clause(found[k].Actor, found[k].Trigger, triggerText, action, afterTrigger));
            }
        }

        return clauses;
    }

    private static Trigger? BestTrigger(IReadOnlyList<Trigger> triggers, List<Word> words, int at)
    {
        if (at >= words.Count)
        {
            return null;
        }

        var texts = words.Select(w => w.Text).ToList();

        // Triggers are ordered longest first: "agreed to establish" before "agreed to" before "agreed".
        return triggers.FirstOrDefault(t => t.Matches(texts, at));
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

    private static string? TimeFrame(string action)
    {
        var match = TimeFramePattern().Match(action);
        return match.Success ? match.Value : null;
    }

    private static IEnumerable<string> SplitSentences(string text) =>
        SentenceBreak().Split(text).Where(s => s.Length > 0);

    private static List<Word> WordsOf(string text) =>
        [.. Words.Find(text).Select(m => new Word(m.Value.ToLowerInvariant(), m.Index, m.Index + m.Length))];

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z(""])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[\s,;]+(?:and|dan|serta)?\s*$")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\b(?:by (?:the end of )?(?:19|20)\d\d|before the next (?:Ministerial )?(?:Conference|meeting)|within (?:\w+|\d+) (?:months|years)|at (?:its|their) next meeting|paling lambat (?:tahun )?(?:19|20)\d\d|sebelum (?:Konferensi Tingkat Menteri|pertemuan) berikutnya|dalam (?:waktu )?(?:\w+ ){1,2}(?:bulan|tahun)|pada pertemuan berikutnya)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeFramePattern();

    private sealed record Word(string Text, int Start, int End);

    private sealed record Clause(string Actor, Trigger Trigger, string TriggerText, string Action, string AfterTrigger);
}
