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

    /// <summary>Writes one key may make per minute; more get 429 with Retry-After. Default 20.</summary>
    [Range(1, 10_000)]
    public int WritesPerMinute { get; set; } = 20;
}
