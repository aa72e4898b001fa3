using System.Globalization;
using CsvHelper;

namespace Archive.Contracts;

/// <summary>
/// A batch as CSV. In: a header row naming the search parameters (<c>q</c> required; <c>id</c>, <c>lang</c>,
/// <c>type</c>, <c>conference</c>, <c>from</c>, <c>to</c>, <c>sample</c> optional), one query a row. Out: one row per
/// hit with the query's index, id and words, the rank and the hit; a query with no hits or an error has one row with
/// its error (or nothing) in place of the hit, so every query shows.
/// </summary>
public static class SearchBatchCsv
{
    /// <summary>The media type of both the batch and its answers.</summary>
    public const string MediaType = "text/csv";

    private static readonly string[] Columns = ["id", "q", "lang", "type", "conference", "from", "to", "sample"];

    private static readonly string[] Header = ["index", "id", "query", "rank", "hit", "citation", "permalink", "score", "text", "error"];

    /// <summary>The batch in <paramref name="csv"/>. A row with a bad value is kept, to be answered with its error.</summary>
    /// <exception cref="SearchBatchFormatException">The CSV is malformed, has no q column, or a column that is no search parameter.</exception>
    public static async Task<SearchBatch> ReadAsync(Stream csv, CancellationToken cancellationToken)
    {
        var options = new CsvReaderOptions
        {
            TrimWhitespace = true,
            TrackLineNumbers = true,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
            MalformedData = CsvMalformedDataHandling.Throw,
        };
        await using var reader = CsvReader.Create(csv, options, leaveOpen: true);
        var items = new List<SearchBatchItem>();
        try
        {
            // The header first, asynchronously: a request body refuses the synchronous read Headers would make.
            await reader.ReadHeaderAsync(cancellationToken);
            var indexes = ColumnIndexes(reader.Headers);
            while (await reader.ReadAsync(cancellationToken))
            {
                items.Add(Item(name => indexes.TryGetValue(name, out var i) && reader.GetString(i) is { Length: > 0 } value ? value : null));
            }
        }
        catch (CsvFormatException ex)
        {
            throw new SearchBatchFormatException(string.Create(CultureInfo.InvariantCulture, $"The CSV cannot be read at line {ex.LineNumber}: {ex.Message}"), ex);
        }

        return new SearchBatch(items, null);
    }

    /// <summary>Writes the answers' rows, flushing after each query so the caller reads them while the next is searched.</summary>
    public static async Task WriteAsync(TextWriter writer, IAsyncEnumerable<SearchBatchResultResponse> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        await using var csv = CsvWriter.Create(writer, null, leaveOpen: true);
        await csv.WriteRecordAsync(Header, cancellationToken);
        await foreach (var answer in answers.WithCancellation(cancellationToken))
        {
            foreach (var row in Rows(answer))
            {
                await csv.WriteRecordAsync(row, cancellationToken);
            }

            await csv.FlushAsync(cancellationToken);
            await writer.FlushAsync(cancellationToken);
        }
    }

    private static IEnumerable<string[]> Rows(SearchBatchResultResponse answer)
    {
        var index = answer.Index.ToString(CultureInfo.InvariantCulture);
        var (id, query) = (answer.Id ?? string.Empty, answer.Query);
        if (answer.Hits is not { Count: > 0 } hits)
        {
            var error = answer.Error is { } e ? $"{e.Title}: {e.Detail}" : string.Empty;
            yield return [index, id, query, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, error];
            yield break;
        }

        for (var rank = 0; rank < hits.Count; rank++)
        {
            var hit = hits[rank];
            yield return
            [
                index, id, query, (rank + 1).ToString(CultureInfo.InvariantCulture), hit.Id, hit.Citation, hit.Permalink,
                hit.Score.ToString("0.####", CultureInfo.InvariantCulture), hit.Text ?? hit.Snippet, string.Empty,
            ];
        }
    }

    private static Dictionary<string, int> ColumnIndexes(IReadOnlyList<string> headers)
    {
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            indexes[headers[i].Trim()] = i;
        }

        if (!indexes.ContainsKey("q"))
        {
            throw new SearchBatchFormatException("The CSV has no q column: its header row must name the columns, q (the query) among them.");
        }

        if (indexes.Keys.FirstOrDefault(name => !Columns.Contains(name, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            throw new SearchBatchFormatException($"The CSV column \"{unknown}\" is not a search parameter: the columns are {string.Join(", ", Columns)}.");
        }

        return indexes;
    }

    private static SearchBatchItem Item(Func<string, string?> value)
    {
        var problems = new RequestProblems();
        var query = new SearchQuery
        {
            Q = value("q"),
            Lang = value("lang"),
            Type = value("type"),
            Conference = Number(value, "conference", nameof(SearchQuery.Conference), problems),
            From = Number(value, "from", nameof(SearchQuery.From), problems),
            To = Number(value, "to", nameof(SearchQuery.To), problems),
            Sample = value("sample") switch
            {
                null => null,
                var text when bool.TryParse(text, out var sample) => sample,
                _ => Refuse<bool>(problems, nameof(SearchQuery.Sample), "sample must be true or false."),
            },
        };
        return new SearchBatchItem(value("id"), query, problems.IsEmpty ? null : problems);
    }

    private static int? Number(Func<string, string?> value, string column, string field, RequestProblems problems) => value(column) switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        _ => Refuse<int>(problems, field, $"{column} must be a whole number."),
    };

    private static T? Refuse<T>(RequestProblems problems, string field, string message)
        where T : struct
    {
        problems.Add(field, message);
        return null;
    }
}
