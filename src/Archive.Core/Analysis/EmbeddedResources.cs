using System.Reflection;

namespace Archive.Core.Analysis;

/// <summary>Reads the word lists that ship inside Archive.Core (a <c>Resources/</c> folder of a capability).</summary>
internal static class EmbeddedResources
{
    /// <summary>The non-empty, non-comment lines of a resource, trimmed.</summary>
    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>Hex SHA-256 of a resource, so an index can tell it was built with other word lists.</summary>
    public static string Hash(string fileName)
    {
        using var stream = Open(fileName);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    public static Stream Open(string fileName) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream($"Archive.Core.{fileName}")
            ?? throw new InvalidOperationException($"resource {fileName} is missing from Archive.Core");
}
