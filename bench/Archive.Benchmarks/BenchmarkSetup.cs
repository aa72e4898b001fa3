using Archive.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks;

/// <summary>What every benchmark starts from: the Core services as the hosts register them, and its options.</summary>
internal static class BenchmarkSetup
{
    /// <summary>Ingestion, search (with embeddings), commitments and the precedent checker, configured by <paramref name="settings"/>.</summary>
    public static ServiceProvider Services(IReadOnlyDictionary<string, string?> settings) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .AddLogging()
        .AddArchiveCore()
        .BuildServiceProvider();

    /// <summary>The value after <paramref name="name"/> on the command line, or <paramref name="fallback"/>.</summary>
    public static string Option(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
