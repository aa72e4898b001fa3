using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Archive.Api.Access;

/// <summary>
/// The configured API keys, kept as SHA-256 digests: a presented key is hashed and compared with every one in constant
/// time, so neither the comparison nor the key's length tells a caller how close a guess was.
/// </summary>
public sealed class ApiKeys
{
    public const string Header = "X-Api-Key";

    public const int MinimumSecretLength = 16;

    private readonly (string Name, byte[] Digest)[] _keys;

    public ApiKeys(IOptions<WriteAccessOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keys = [.. options.Value.ApiKeys.Select(Parse).Select(k => (k.Name, SHA256.HashData(Encoding.UTF8.GetBytes(k.Secret))))];
    }

    /// <summary>False when no key is configured: writes are off.</summary>
    public bool Any => _keys.Length > 0;

    /// <summary>The name of the key presented, or null when it matches none.</summary>
    public string? Match(string presented)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        string? name = null;
        foreach (var key in _keys)
        {
            // Every key is compared, the match or not, so the time taken does not say which one matched.
            if (CryptographicOperations.FixedTimeEquals(digest, key.Digest))
            {
                name ??= key.Name;
            }
        }

        return name;
    }

    /// <summary>What is wrong with a configured entry, or null when it can be used; checked at start.</summary>
    public static string? Problem(string entry)
    {
        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return "an API key is written name:secret (the name is what the audit log records)";
        }

        var name = entry[..colon];
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return $"the API key name \"{name}\" may have only letters, digits, '-', '_' and '.'";
        }

        return entry.Length - colon - 1 < MinimumSecretLength
            ? $"the secret of the API key \"{name}\" is shorter than {MinimumSecretLength} characters"
            : null;
    }

    private static (string Name, string Secret) Parse(string entry)
    {
        var colon = entry.IndexOf(':', StringComparison.Ordinal);
        return (entry[..colon], entry[(colon + 1)..]);
    }
}
