using Archive.Core.Analysis;
using Archive.Core.Documents;
using Archive.Core.Text;

namespace Archive.Core.Commitments;

/// <summary>
/// The rules of commitment extraction, read from data files a user can extend (<c>Resources/</c>): trigger words per
/// language with their strength, the actors that can commit, the bodies that can be tasked, and the topic
/// vocabulary. Nothing about the language of commitments is in code.
/// </summary>
public sealed class CommitmentRules
{
    public CommitmentRules(ArchiveAnalyzers analyzers)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        Triggers = new Dictionary<DocumentLanguage, IReadOnlyList<Trigger>>
        {
            [DocumentLanguage.English] = LoadTriggers("triggers-en.tsv"),
            [DocumentLanguage.Indonesian] = LoadTriggers("triggers-id.tsv"),
        };
        var actors = ResourceTable.Read("actors.tsv", "id", "english forms", "indonesian forms");
        var bodies = ResourceTable.Read("addressees.tsv", "id", "english name", "indonesian name", "english forms", "indonesian forms");
        Addressees = [.. bodies.Select(b => new NamedParty(b[0], b[1], b[2], Forms(b[3]), Forms(b[4])))];
        Actors = [.. actors.Select(a => new NamedParty(a[0], a[0], a[0], Forms(a[1]), Forms(a[2]))), .. Addressees];
        Topics = new TopicVocabulary(analyzers);
    }

    public IReadOnlyDictionary<DocumentLanguage, IReadOnlyList<Trigger>> Triggers { get; }

    /// <summary>Who can commit: the actors of actors.tsv, then every body of addressees.tsv.</summary>
    public IReadOnlyList<NamedParty> Actors { get; }

    public IReadOnlyList<NamedParty> Addressees { get; }

    public TopicVocabulary Topics { get; }

    private static List<Trigger> LoadTriggers(string file) =>
        [.. ResourceTable.Read(file, "strength", "voice", "trigger")
            .Select(p => new Trigger(
                CommitmentStrengths.TryParse(p[0], out var strength) ? strength : throw new InvalidDataException($"{file}: unknown strength \"{p[0]}\""),
                Enum.TryParse<TriggerVoice>(p[1], ignoreCase: true, out var voice) ? voice : throw new InvalidDataException($"{file}: unknown voice \"{p[1]}\""),
                p[2].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .OrderByDescending(t => t.Words.Count)];

    private static IReadOnlyList<string[]> Forms(string forms) =>
        [.. forms.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(f => Words.Tokens(f.ToLowerInvariant()).ToArray())
            .OrderByDescending(f => f.Length)];
}

/// <summary>Trigger words and the strength they give a clause.</summary>
public sealed record Trigger(CommitmentStrength Strength, TriggerVoice Voice, IReadOnlyList<string> Words)
{
    /// <summary>Whether the trigger's words stand at <paramref name="start"/> ("encourag*" matches any ending).</summary>
    public bool Matches(IReadOnlyList<string> words, int start)
    {
        if (start + Words.Count > words.Count)
        {
            return false;
        }

        for (var i = 0; i < Words.Count; i++)
        {
            var pattern = Words[i];
            var word = words[start + i];
            var matches = pattern.EndsWith('*') ? word.StartsWith(pattern[..^1], StringComparison.Ordinal) : word == pattern;
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>An actor or addressee with the word sequences that name it in each language.</summary>
public sealed record NamedParty(string Id, string English, string Indonesian, IReadOnlyList<string[]> EnglishForms, IReadOnlyList<string[]> IndonesianForms)
{
    public IReadOnlyList<string[]> Forms(DocumentLanguage language) => language == DocumentLanguage.Indonesian ? IndonesianForms : EnglishForms;
}
