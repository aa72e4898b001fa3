using System.Text.Json;
using Archive.Core.Documents;

namespace Archive.Testing;

/// <summary>
/// The bundled sample corpus as its own files describe it, for tests that expect a figure of the whole corpus:
/// <c>corpus/catalog.json</c> lists the documents with their language and conference, and each document's source in
/// <c>corpus/_sources/</c> (see FORMAT.md there) gives its paragraphs. The figures are worked out here rather than
/// copied into the tests, so that adding a sample document changes what the tests expect with it.
/// </summary>
internal static class SampleCorpus
{
    private static readonly Lazy<IReadOnlyList<SampleDocument>> All = new(Read);

    /// <summary>Every document of the catalog, in its order.</summary>
    public static IReadOnlyList<SampleDocument> Entries => All.Value;

    /// <summary>How many documents (one per file) the corpus holds.</summary>
    public static int Documents => All.Value.Count;

    /// <summary>How many paragraphs the documents hold together: numbered, sub-items joined to theirs, and unnumbered.</summary>
    public static int Paragraphs => All.Value.Sum(d => d.Paragraphs);

    /// <summary>The conference numbers the documents belong to, lowest first.</summary>
    public static IReadOnlyList<int> Conferences => [.. All.Value.Select(d => d.Conference).Distinct().Order()];

    public static int DocumentsIn(DocumentLanguage language) => All.Value.Count(d => d.Language == language);

    public static int ParagraphsIn(DocumentLanguage language) => All.Value.Where(d => d.Language == language).Sum(d => d.Paragraphs);

    /// <summary>The source a corpus file was generated from: <c>corpus/_sources/&lt;document-id&gt;.txt</c>.</summary>
    public static string SourcePath(string file) =>
        Path.Combine(RepositoryRoot.CorpusSources, Path.GetFileNameWithoutExtension(file) + ".txt");

    private static List<SampleDocument> Read()
    {
        using var catalog = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Corpus, "catalog.json")));
        return [.. catalog.RootElement.GetProperty("documents").EnumerateArray().Select(entry =>
        {
            var file = entry.GetProperty("file").GetString()!;
            return new SampleDocument(
                file,
                DocumentLanguages.Parse(entry.GetProperty("language").GetString()),
                entry.GetProperty("conference").GetInt32(),
                SourceDocument.ExpectedParagraphs(SourcePath(file)).Count);
        })];
    }
}
