using System.ComponentModel.DataAnnotations;

namespace Archive.Core.Extraction;

/// <summary>Limits that keep one bad file from stalling or exhausting an ingest run.</summary>
public sealed class ExtractionOptions
{
    /// <summary>Files larger than this are refused without being read. Default 64 MiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Wall-clock budget for extracting one file, in seconds; a slower file is stopped and reported. Default 60.</summary>
    [Range(0.001, 3600)]
    public double FileTimeBudgetSeconds { get; set; } = 60;

    /// <summary>Pages a PDF may have before it is refused. Default 2,000.</summary>
    [Range(1, 100_000)]
    public int MaxPages { get; set; } = 2_000;

    public TimeSpan FileTimeBudget => TimeSpan.FromSeconds(FileTimeBudgetSeconds);
}
