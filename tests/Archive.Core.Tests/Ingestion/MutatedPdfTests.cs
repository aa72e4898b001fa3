using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;
using Archive.Testing;

namespace Archive.Core.Tests.Ingestion;

/// <summary>
/// 300 damaged copies of the sample PDFs (bytes flipped, the file cut short, a range repeated or cut out, made with a
/// fixed seed so every run reads the same files), ingested as one folder: each file gets its line in the report,
/// none stops the run.
/// </summary>
public sealed class MutatedPdfTests : IDisposable
{
    private const int Seed = 20_261_201;
    private const int Copies = 300;

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_300MutatedPdfs_ReportsEveryFileAndFinishes()
    {
        var names = Mutate(Directory.GetFiles(RepositoryPaths.Corpus, "*.pdf").Order(StringComparer.Ordinal).ToList(), _folder.Path);

        var result = await Services.Ingestor(timeBudgetSeconds: 10).IngestAsync(_folder.Path, null, TestContext.Current.CancellationToken);

        Assert.Equal(names.Order(StringComparer.Ordinal), result.Report.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.All(result.Report.Files.Where(f => f.Status == FileStatus.Failed), f => Assert.False(string.IsNullOrWhiteSpace(f.Error)));
        Assert.All(result.Library.Documents, d => Assert.All(d.Paragraphs, p => Assert.False(string.IsNullOrWhiteSpace(p.Text))));
        // Most damage leaves a readable file behind; some files are refused, with their reason.
        Assert.Contains(result.Report.Files, f => f.Status == FileStatus.Failed);
        Assert.Contains(result.Report.Files, f => f.Status != FileStatus.Failed);
    }

    /// <summary>Writes the damaged copies and returns their names.</summary>
    internal static List<string> Mutate(IReadOnlyList<string> sources, string folder)
    {
        var random = new Random(Seed);
        var names = new List<string>();
        for (var i = 0; i < Copies; i++)
        {
            var bytes = File.ReadAllBytes(sources[i % sources.Count]);
            var kind = i % PdfDamage.Kinds.Count;
            var damaged = PdfDamage.Apply(bytes, kind, random);
            var name = $"mutated-{i:D3}-{PdfDamage.Kinds[kind]}.pdf";
            File.WriteAllBytes(Path.Combine(folder, name), damaged);
            names.Add(name);
        }

        return names;
    }
}
