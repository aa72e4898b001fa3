namespace Archive.Api.Tests.Reliability;

/// <summary>
/// The real host with one API key configured, so that fuzzed writes carrying it get past the key check, and a write
/// limit high enough that they reach the upload form rather than the rate limiter.
/// </summary>
public sealed class FuzzingApiFactory : ArchiveApiFactory
{
    public const string ApiKey = "3f9a6c1e8b2d4f7a0c5e9b1d3a7f2c6e";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
    {
        ["Archive:ApiKeys:0"] = "fuzz:" + ApiKey,
        ["Archive:WritesPerMinute"] = "10000",
    };
}
