using Archive.Testing;
using UglyToad.PdfPig;

namespace Archive.Benchmarks.Extraction;

/// <summary>
/// The PDFs extraction is timed on, loaded once, with their page count: the bundled sample corpus (LibreOffice) and
/// the producer matrix of the tests (<c>tests/Archive.Core.Tests/Extraction/Producers</c>: Chromium, wkhtmltopdf,
/// WeasyPrint, pdflatex, groff, a Word-like non-embedded font, LibreOffice in two columns).
/// </summary>
internal static class BenchmarkPdfs
{
    public static IReadOnlyList<string> Pdfs { get; } =
    [
        .. Directory.EnumerateFiles(RepositoryRoot.Corpus, "*.pdf").Order(StringComparer.Ordinal),
        .. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "tests", "Archive.Core.Tests", "Extraction", "Producers"), "*.pdf").Order(StringComparer.Ordinal),
    ];

    public static int Pages { get; } = Pdfs.Sum(path =>
    {
        using var document = PdfDocument.Open(path);
        return document.NumberOfPages;
    });
}
