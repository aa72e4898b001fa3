using Archive.Core.Analysis;
using Archive.Core.Documents;
using Archive.Core.Text;

namespace Archive.Core.Commitments;

/// <summary>
/// The rules of commitment extraction, read from data files a user can extend (<c>Resources/</c>): trigger words per
/// language with their strength, the actors that can commit, the bodies that can be tasked, the topic vocabulary
/// and the function words clauses are read by. Nothing about the language of commitments is in code.
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
        Grammar = ClauseGrammar.Load();
    }

    public IReadOnlyDictionary<DocumentLanguage, IReadOnlyList<Trigger>> Triggers { get; }

    /// <summary>Who can commit: the actors of actors.tsv, then every body of addressees.tsv.</summary>
    public IReadOnlyList<NamedParty> Actors { get; }

    public IReadOnlyList<NamedParty> Addressees { get; }

    public TopicVocabulary Topics { get; }

    /// <summary>The function words each language's clauses are read by.</summary>
    public IReadOnlyDictionary<DocumentLanguage, ClauseGrammar> Grammar { get; }

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
