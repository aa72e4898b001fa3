using System.Text.Json;

namespace Archive.Benchmarks.Search;

/// <summary>The queries the benchmark sends: those of the relevance set, each with its language filter.</summary>
internal static class BenchmarkQueries
{
    public static IReadOnlyList<(string Query, string Lang)> Load(string repositoryRoot)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(repositoryRoot, "tests", "Archive.Core.Tests", "Search", "relevance.json")));
        return [.. json.RootElement.EnumerateArray().Select(q => (q.GetProperty("query").GetString()!, q.GetProperty("lang").GetString()!))];
    }
}
