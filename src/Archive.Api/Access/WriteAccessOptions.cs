using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Access;

/// <summary>
/// Who may change the corpus (section <c>Archive</c>). With no key, writes are off and reads are unaffected.
/// </summary>
public sealed class WriteAccessOptions
{
    /// <summary>
    /// The API keys, each <c>name:secret</c> (the name goes in the audit log, the secret in the <c>X-Api-Key</c> header),
    /// e.g. environment <c>Archive__ApiKeys__0=secretariat:…</c> or user secrets. Secrets have at least
    /// <see cref="ApiKeys.MinimumSecretLength"/> characters.
    /// </summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>
    /// How long a write waits for the index generation with it before it is answered 202 with a status address (the
    /// write goes on). Default 10 s: a sample-sized archive rebuilds well within it, a large one may not.
    /// </summary>
    [Range(0, 600)]
    public double WriteWaitSeconds { get; set; } = 10;

    public TimeSpan Wait => TimeSpan.FromSeconds(WriteWaitSeconds);

    /// <summary>Writes one key may make per minute; more get 429 with Retry-After. Default 20.</summary>
    [Range(1, 10_000)]
    public int WritesPerMinute { get; set; } = 20;
}
