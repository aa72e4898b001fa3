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
        double? baseline = null;
        foreach (var report in summary.Reports.Where(r => r.ResultStatistics is not null))
        {
            var seconds = report.ResultStatistics!.Mean / 1e9;
            var pagesPerSecond = pages / seconds;
            baseline ??= pagesPerSecond;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo,-32} {seconds * 1000,9:F1} ms  {pagesPerSecond,8:F0} pages/s  ratio to archive extractor {pagesPerSecond / baseline:F2}"));
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
