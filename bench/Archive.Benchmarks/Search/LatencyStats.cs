using System.Globalization;

namespace Archive.Benchmarks.Search;

/// <summary>Latency percentiles and throughput of a series of timed operations.</summary>
internal sealed record LatencyStats(double P50Ms, double P99Ms, double PerSecond)
{
    public static LatencyStats From(List<double> milliseconds, double totalSeconds)
    {
        milliseconds.Sort();
        return new LatencyStats(Percentile(milliseconds, 0.50), Percentile(milliseconds, 0.99), milliseconds.Count / totalSeconds);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"p50 {P50Ms,6:F2} ms  p99 {P99Ms,6:F2} ms  {PerSecond,8:F0}/s");

    /// <summary>The value below which <paramref name="fraction"/> of the sorted values lie (nearest rank).</summary>
    public static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}
