using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Archive.Core.Documents;
using Archive.Core.Extraction;
using Archive.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Benchmarks.Extraction;

/// <summary>
/// PdfPig's layout tools beside the archive's own layout code. <c>layout</c> times every combination on the sample
/// corpus and the producer matrix; <c>layout NAME extract FILE --json</c> answers like <c>archive extract</c>, so
/// the producer matrix's <c>check.py</c> and the real set's <c>report.py</c> measure each combination with the
/// same rules they apply to the archive (<c>--cli "… layout NAME"</c>; NAME "archive" is the archive's own).
/// </summary>
internal static class LayoutToolsCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length >= 3 && args[1] == "extract")
        {
            return await ExtractAsync(args[0], args[2]);
        }

        if (args.Length > 0)
        {
            Console.Error.WriteLine($"usage: layout [NAME extract FILE --json]; NAME is archive, {string.Join(", ", PdfPigLayout.All.Select(l => l.Name))}");
            return 2;
        }

        await TimeAsync("archive", TextLayerExtractor.Create());
        foreach (var layout in PdfPigLayout.All)
        {
            await TimeAsync(layout.Name, new PdfPigLayoutExtractor(layout));
        }

        return 0;
    }

    private static async Task<int> ExtractAsync(string name, string file)
    {
        var layout = PdfPigLayout.All.FirstOrDefault(l => l.Name == name);
        if (layout is null && name != "archive")
        {
            Console.Error.WriteLine($"layout: unknown layout {name}");
            return 2;
        }

        var services = new ServiceCollection().AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(
            new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()).AddLogging().AddIngestion();
        if (layout is not null)
        {
            // The PDF extractor is swapped; HTML and text keep theirs.
            services.RemoveAll<IDocumentTextExtractor>();
            services.AddSingleton<IDocumentTextExtractor>(new PdfPigLayoutExtractor(layout));
            services.AddSingleton<IDocumentTextExtractor, HtmlTextExtractor>();
            services.AddSingleton<IDocumentTextExtractor, PlainTextExtractor>();
        }

        await using var provider = services.BuildServiceProvider();
        var (report, document) = await provider.GetRequiredService<CorpusIngestor>().IngestFileAsync(file, CancellationToken.None);
        if (document is null)
        {
            Console.Error.WriteLine($"layout: {report.Status}: {report.Error}");
            return 1;
        }

        Console.WriteLine(JsonSerializer.Serialize(new
        {
            language = document.Language.ToCode(),
            paragraphs = document.Paragraphs.Select(p => new { number = p.Number, section = p.Section, text = p.Text }),
            footnotes = document.Footnotes,
        }, Json));
        return 0;
    }

    /// <summary>The best of three passes over all PDFs, in pages per second.</summary>
    private static async Task TimeAsync(string name, IDocumentTextExtractor extractor)
    {
        var files = BenchmarkPdfs.Pdfs.Select(File.ReadAllBytes).ToList();
        var best = double.MaxValue;
        for (var pass = 0; pass < 3; pass++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var file in files)
            {
                await extractor.ExtractAsync(file, ExtractionBudget.Unlimited, CancellationToken.None);
            }

            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-24} {BenchmarkPdfs.Pages / best,8:F0} pages/s ({BenchmarkPdfs.Pdfs.Count} PDFs, {BenchmarkPdfs.Pages} pages)"));
    }
}
