using CsvHelper;

namespace Archive.Core.Analysis;

/// <summary>
/// Reads the tab-separated resources (<c>Resources/*.tsv</c>), which users extend by hand: lines starting with # are
/// comments, the first other line is a header naming the columns, and a file that lacks a column its reader needs, or
/// a row that lacks a value, fails here with the file, the line and the column, not later as an index out of range.
/// </summary>
internal static class ResourceTable
{
    /// <summary>The rows of a shipped resource, each the values of <paramref name="columns"/> in that order.</summary>
    public static IReadOnlyList<string[]> Read(string fileName, params string[] columns)
    {
        using var stream = EmbeddedResources.Open(fileName);
        return Read(fileName, stream, columns);
    }

    /// <summary>The rows of a table read from <paramref name="stream"/>; <paramref name="fileName"/> names it in errors.</summary>
    public static IReadOnlyList<string[]> Read(string fileName, Stream stream, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var options = new CsvReaderOptions
        {
            Separator = '\t',
            Mode = CsvMode.NoEscape,
            CommentPrefix = '#',
            TrimWhitespace = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        };
        using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        var indexes = new int[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            if (!csv.TryGetFieldIndex(columns[c], out indexes[c]))
            {
                throw new InvalidDataException(
                    $"{fileName}: the header has no column \"{columns[c]}\" (it has: {string.Join(", ", csv.Headers)}; needed: {string.Join(", ", columns)})");
            }
        }

        var rows = new List<string[]>();
        try
        {
            while (csv.Read())
            {
                var row = Array.ConvertAll(indexes, csv.GetString);
                if (Array.FindIndex(row, v => v.Length == 0) is var empty and >= 0)
                {
                    throw new InvalidDataException($"{fileName}, line {csv.LineNumber}: no value in column \"{columns[empty]}\"");
                }

                rows.Add(row);
            }
        }
        catch (CsvFormatException e)
        {
            throw new InvalidDataException($"{fileName}, line {e.LineNumber}: {e.Message}", e);
        }

        return rows;
    }
}
