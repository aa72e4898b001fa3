using Archive.Testing;
using UglyToad.PdfPig;

namespace Archive.Benchmarks.Extraction;

/// <summary>The PDFs of the bundled sample corpus, loaded once, with their page count.</summary>
internal static class SampleCorpus
{
    public static string Folder => RepositoryRoot.Corpus;

    public static IReadOnlyList<string> Pdfs { get; } = [.. Directory.EnumerateFiles(Folder, "*.pdf").Order(StringComparer.Ordinal)];

    public static int Pages { get; } = Pdfs.Sum(path =>
    {
        using var document = PdfDocument.Open(path);
        return document.NumberOfPages;
    });
}
