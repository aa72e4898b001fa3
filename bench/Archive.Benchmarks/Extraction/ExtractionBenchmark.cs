using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;

namespace Archive.Benchmarks.Extraction;

/// <summary>Extraction speed of the archive's PdfPig extractor beside poppler's pdftotext, on the same PDFs in one run.</summary>
internal static class ExtractionBenchmark
{
    public static int Run(string[] args)
    {
        if (!CanRun("pdftotext", "-v"))
        {
            Console.Error.WriteLine("bench: pdftotext is not installed (apt-get install poppler-utils)");
            return 1;
        }

        var summary = BenchmarkRunner.Run<ExtractionBenchmarks>(args: args);
        var pages = BenchmarkPdfs.Pages;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sample corpus and producer matrix: {BenchmarkPdfs.Pdfs.Count} PDFs, {pages} pages, per operation"));
        var rates = summary.Reports.Where(r => r.ResultStatistics is not null)
            .Select(r => (Name: r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo, Seconds: r.ResultStatistics!.Mean / 1e9))
            .ToList();
        var pdftotext = rates.Where(r => r.Name.Contains("pdftotext", StringComparison.Ordinal)).Select(r => pages / r.Seconds).FirstOrDefault();
        foreach (var (name, seconds) in rates)
        {
            var pagesPerSecond = pages / seconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-32} {seconds * 1000,9:F1} ms  {pagesPerSecond,8:F0} pages/s  {pagesPerSecond / pdftotext:F2}x pdftotext"));
        }

        return 0;
    }

    public static bool CanRun(string program, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, argument) { RedirectStandardError = true, RedirectStandardOutput = true });
            process!.WaitForExit();
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
