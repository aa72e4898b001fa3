using System.Globalization;

namespace Archive.Benchmarks.Search;

/// <summary>Latency percentiles, throughput and memory allocated of a series of timed operations.</summary>
/// <param name="AllocatedKilobytes">Managed memory allocated per operation: what keeps the GC busy, and two threads from doubling one.</param>
internal sealed record LatencyStats(double P50Ms, double P99Ms, double PerSecond, double? AllocatedKilobytes = null)
{
    public static LatencyStats From(List<double> milliseconds, double totalSeconds, long? allocatedBytes = null)
    {
        milliseconds.Sort();
        return new LatencyStats(Percentile(milliseconds, 0.50), Percentile(milliseconds, 0.99), milliseconds.Count / totalSeconds, allocatedBytes / 1024.0 / milliseconds.Count);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"p50 {P50Ms,6:F2} ms  p99 {P99Ms,6:F2} ms  {PerSecond,8:F0}/s{(AllocatedKilobytes is double kb ? $"  {kb,5:F0} KB allocated each" : string.Empty)}");

    /// <summary>The value below which <paramref name="fraction"/> of the sorted values lie (nearest rank).</summary>
    public static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}
