using System.Text.RegularExpressions;

namespace Archive.Testing;

/// <summary>
/// Reads a corpus source file (corpus/_sources/FORMAT.md) into the paragraphs the generator put in the document,
/// keyed by the anchor the archive should give each: the expected side of the round-trip tests and of
/// <see cref="SampleCorpus"/>'s counts.
/// </summary>
internal static partial class SourceDocument
{
    public static IReadOnlyDictionary<string, string> ExpectedParagraphs(string sourcePath)
    {
        var paragraphs = new Dictionary<string, string>(StringComparer.Ordinal);
        string? attachment = null;
        string? current = null;
        var unnumbered = 0;
        foreach (var raw in File.ReadAllLines(sourcePath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('='))
            {
                continue;
            }

            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                var heading = AttachmentHeading().Match(line[2..]);
                if (heading.Success)
                {
                    attachment = heading.Groups[1].Value;
                    unnumbered = 0;
                }

                current = null;
                continue;
            }

            var prefix = attachment is null ? string.Empty : attachment + "-";
            var numbered = Numbered().Match(line);
            if (numbered.Success)
            {
                current = $"{prefix}p{numbered.Groups[1].Value}";
                paragraphs[current] = numbered.Groups[2].Value;
            }
            else if (SubItem().IsMatch(line) && current is not null)
            {
                paragraphs[current] += "\n" + line;
            }
            else
            {
                current = null;
                paragraphs[$"{prefix}u{++unnumbered}"] = line;
            }
        }

        return paragraphs;
    }

    /// <summary>Whitespace runs (spaces and newlines) folded to one space, for comparing text across formats.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^(\d{1,3})\.\s+(.*)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\(([a-z]{1,2}|[ivx]{1,6})\)\s+")]
    private static partial Regex SubItem();

    [GeneratedRegex(@"^(?:Attachment|Lampiran)\s+([A-Z])\b")]
    private static partial Regex AttachmentHeading();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
