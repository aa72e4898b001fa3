using System.Text.RegularExpressions;

namespace Archive.Core.Documents;

/// <summary>Who issued a document: the one issuer the archive knows by name, and how its own documents are told.</summary>
public static partial class Issuers
{
    /// <summary>The Bali Process, as its documents in both languages name it.</summary>
    public const string BaliProcess = "Bali Process";

    /// <summary>Whether a document's opening text (title lines, first paragraphs) presents it as a Bali Process outcome.</summary>
    public static bool NamesBaliProcess(string openingText) => BaliProcessName().IsMatch(openingText);

    [GeneratedRegex(@"\bBali\s+Process\b|\bProses\s+Bali\b", RegexOptions.IgnoreCase)]
    private static partial Regex BaliProcessName();
}
