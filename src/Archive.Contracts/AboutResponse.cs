namespace Archive.Contracts;

/// <summary>What this service is; a constant body (also the benchmark's measure of the host's own ceiling).</summary>
public sealed record AboutResponse(string Name, string Api, string Documentation, string Note)
{
    public static AboutResponse Instance { get; } = new(
        "Bali Process Archive",
        "v1",
        "/scalar/v1",
        "Bundled documents are illustrative samples written for this project (sample: true), not official texts.");
}
