using System.Diagnostics;
using Archive.Core.Extraction;
using BenchmarkDotNet.Attributes;
using UglyToad.PdfPig;

namespace Archive.Benchmarks.Extraction;

/// <summary>
/// Extracts every PDF of the sample corpus and the producer matrix (<see cref="BenchmarkPdfs"/>), once per
/// operation: with the archive's PdfPig extractor (layout, running heads, blocks), with PdfPig's plain page text, and
/// with poppler's pdftotext (one process per file, as a user would run it).
/// </summary>
[SimpleJob(warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly PdfTextExtractor _extractor = TextLayerExtractor.Create();
    private byte[][] _files = [];

    [GlobalSetup]
    public void Setup() => _files = [.. BenchmarkPdfs.Pdfs.Select(File.ReadAllBytes)];

    [Benchmark(Baseline = true, Description = "Archive extractor (PdfPig)")]
    public async Task<int> ArchiveExtractor()
    {
        var blocks = 0;
        foreach (var file in _files)
        {
            blocks += (await _extractor.ExtractAsync(file, ExtractionBudget.Unlimited, CancellationToken.None)).Blocks.Count;
        }

        return blocks;
    }

    [Benchmark(Description = "PdfPig page.Text")]
    public int PdfPigPageText()
    {
        var characters = 0;
        foreach (var file in _files)
        {
            using var document = PdfDocument.Open(file);
            foreach (var page in document.GetPages())
            {
                characters += page.Text.Length;
            }
        }

        return characters;
    }

    [Benchmark(Description = "pdftotext -layout (poppler)")]
    public int Pdftotext()
    {
        var characters = 0;
        foreach (var path in BenchmarkPdfs.Pdfs)
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            })!;
            characters += process.StandardOutput.ReadToEnd().Length;
            process.WaitForExit();
        }

        return characters;
    }
}
