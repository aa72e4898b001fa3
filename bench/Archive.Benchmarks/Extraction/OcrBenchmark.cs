using System.Globalization;
using Archive.Core.Extraction.Ocr;
using Archive.Core.Ingestion;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks.Extraction;

/// <summary>
/// OCR of the scanned fixtures (pages 1-2 of the English and Indonesian BPMC 6 Co-Chairs' Statement, 150 dpi grey
/// JPEG): seconds per page to render (pdftoppm) and to recognise (tesseract, one process per page), and the
/// character similarity of paragraphs 1-5 to the text layer of the pages they were made from. Every page is read
/// afresh (an empty cache). <c>--dpi 200,300</c> compares resolutions; the default is the setting's default.
/// </summary>
internal static class OcrBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var defaults = new Core.Extraction.ExtractionOptions();
        var resolutions = BenchmarkSetup.Option(args, "--dpi", defaults.OcrDpi.ToString(CultureInfo.InvariantCulture))
            .Split(',').Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToList();
        foreach (var dpi in resolutions)
        {
            if (!await RunAsync(dpi))
            {
                return 1;
            }
        }

        return 0;
    }

    private static async Task<bool> RunAsync(int dpi)
    {
        var ct = CancellationToken.None;
        var cache = Directory.CreateTempSubdirectory("archive-bench-ocr-");
        try
        {
            await using var services = BenchmarkSetup.Services(new Dictionary<string, string?>
            {
                ["Embeddings:Provider"] = "none",
                ["Extraction:Ocr"] = "on",
                ["Extraction:OcrDpi"] = dpi.ToString(CultureInfo.InvariantCulture),
                ["Extraction:OcrCachePath"] = cache.FullName,
            });
            var reader = services.GetRequiredService<OcrPageReader>();
            if (!reader.Tools.Found)
            {
                Console.Error.WriteLine($"bench: {reader.Tools.HowToEnable}");
                return false;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"OCR at {dpi} dpi, {OcrTools.Languages}, psm {OcrTools.PageSegmentation}, tesseract {reader.Tools.TesseractVersion}, one process per page"));
            Console.WriteLine("lang  page  render s  recognise s  words  confidence");
            var renders = new List<double>();
            var recognitions = new List<double>();
            var ingestor = services.GetRequiredService<CorpusIngestor>();
            var similarities = new List<string>();
            foreach (var language in ScannedFixtures.Languages)
            {
                // Read page by page, timed; the ingest below then takes them from the cache.
                var pages = await reader.ReadAsync(await File.ReadAllBytesAsync(ScannedFixtures.Scan(language), ct), [1, 2], ct);
                foreach (var page in pages)
                {
                    var words = page.Words?.Words ?? [];
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{language,-4}  {page.Page,4}  {page.Render.TotalSeconds,8:F2}  {page.Recognise.TotalSeconds,11:F2}  {words.Count,5}  {(words.Count == 0 ? 0 : words.Average(w => w.Confidence!.Value)),10:F3}{(page.Failure is null ? string.Empty : "  " + page.Failure)}"));
                    renders.Add(page.Render.TotalSeconds);
                    recognitions.Add(page.Recognise.TotalSeconds);
                }

                similarities.Add($"{language} {await SimilarityAsync(ingestor, language, ct)}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"mean per page: render {renders.Average():F2} s, recognise {recognitions.Average():F2} s, total {renders.Average() + recognitions.Average():F2} s"));
            Console.WriteLine($"similarity of paragraphs 1-5 to the text layer (mean, min): {string.Join("; ", similarities)}");
            Console.WriteLine();
            return true;
        }
        finally
        {
            cache.Delete(recursive: true);
        }
    }

    private static async Task<string> SimilarityAsync(CorpusIngestor ingestor, string language, CancellationToken ct)
    {
        var (_, scanned) = await ingestor.IngestFileAsync(ScannedFixtures.Scan(language), ct);
        var (_, source) = await ingestor.IngestFileAsync(ScannedFixtures.Source(language), ct);
        if (scanned is null || source is null)
        {
            return "not read";
        }

        var scores = ScannedFixtures.Anchors.Select(anchor =>
            scanned.Paragraphs.FirstOrDefault(p => p.Anchor == anchor) is { } read
                ? TextSimilarity.Of(source.Paragraphs.Single(p => p.Anchor == anchor).Text, read.Text)
                : 0).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{scores.Average():F3}, {scores.Min():F3}");
    }
}
