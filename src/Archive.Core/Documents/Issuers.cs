using System.Text.RegularExpressions;

namespace Archive.Core.Documents;

/// <summary>Who issued a document: the one issuer the archive knows by name, and how its own documents are told.</summary>
public static partial class Issuers
{
    /// <summary>The Bali Process, as its documents in both languages name it.</summary>
    public const string BaliProcess = "Bali Process";

    /// <summary>Whether a document's opening text (title lines, first paragraphs) presents it as a Bali Process outcome.</summary>
    public static bool NamesBaliProcess(string openingText) => BaliProcessName().IsMatch(openingText);

    /// <summary>
    /// Whether the Bali Process issued a document: its issuer is the Bali Process, or it names no issuer and belongs to
    /// a Ministerial Conference. Another issuer wins over a conference number, which may be read from a mention.
    /// </summary>
    public static bool IssuedByBaliProcess(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return Of(metadata) is { } issuer
            ? issuer.Equals(BaliProcess, StringComparison.OrdinalIgnoreCase)
            : metadata.Conference is not null;
    }

    /// <summary>The document's issuer, trimmed; null when it names none.</summary>
    public static string? Of(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return string.IsNullOrWhiteSpace(metadata.Issuer) ? null : metadata.Issuer.Trim();
    }

    [GeneratedRegex(@"\bBali\s+Process\b|\bProses\s+Bali\b", RegexOptions.IgnoreCase)]
    private static partial Regex BaliProcessName();
}
