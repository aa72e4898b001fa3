using UglyToad.PdfPig;

namespace Archive.Benchmarks.Extraction;

/// <summary>The PDFs of the bundled sample corpus, loaded once, with their page count.</summary>
internal static class SampleCorpus
{
    public static string Folder { get; } = FindCorpus();

    public static IReadOnlyList<string> Pdfs { get; } = [.. Directory.EnumerateFiles(Folder, "*.pdf").Order(StringComparer.Ordinal)];

    public static int Pages { get; } = Pdfs.Sum(path =>
    {
        using var document = PdfDocument.Open(path);
        return document.NumberOfPages;
    });

    private static string FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Archive.sln")))
            {
                return Path.Combine(directory.FullName, "corpus");
            }
        }

        throw new InvalidOperationException("run the benchmark from inside the repository");
    }
}
