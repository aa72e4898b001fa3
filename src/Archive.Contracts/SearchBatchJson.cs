using System.Text.Json;

namespace Archive.Contracts;

/// <summary>
/// A batch as JSON: read from <see cref="SearchBatchRequest"/>, answered as NDJSON (one
/// <see cref="SearchBatchResultResponse"/> a line, each written and flushed as its search finishes).
/// </summary>
public static class SearchBatchJson
{
    /// <summary>The media type of the answers.</summary>
    public const string MediaType = "application/x-ndjson";

    private const string IdName = "id";

    private static readonly HashSet<string> Parameters = new(ArchiveJsonContext.Default.SearchQuery.Properties.Select(p => p.Name).Append(IdName), StringComparer.OrdinalIgnoreCase);

    /// <summary>The batch in <paramref name="json"/>. A query with a bad value is kept, to be answered with its error.</summary>
    /// <exception cref="SearchBatchFormatException">The JSON cannot be read, or is not a batch.</exception>
    public static async Task<SearchBatch> ReadAsync(Stream json, CancellationToken cancellationToken)
    {
        SearchBatchRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(json, ArchiveJsonContext.Default.SearchBatchRequest, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new SearchBatchFormatException($"The JSON cannot be read: {ex.Message}", ex);
        }

        if (request is null)
        {
            throw new SearchBatchFormatException("The JSON must be an object with queries, a list of query strings or objects.");
        }

        return new SearchBatch([.. (request.Queries ?? []).Select(Item)], request.K);
    }

    /// <summary>Writes each answer as one line of JSON and flushes it, so the caller reads it while the next is searched.</summary>
    public static async Task WriteAsync(TextWriter writer, IAsyncEnumerable<SearchBatchResultResponse> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        await foreach (var answer in answers.WithCancellation(cancellationToken))
        {
            await writer.WriteAsync(JsonSerializer.Serialize(answer, ArchiveJsonContext.Default.SearchBatchResultResponse));
            await writer.WriteAsync('\n');
            await writer.FlushAsync(cancellationToken);
        }
    }

    private static SearchBatchItem Item(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return new SearchBatchItem(null, new SearchQuery { Q = element.GetString() });
        }

        var problems = new RequestProblems();
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(nameof(SearchQuery.Q), "A query must be a string or an object with q.");
            return new SearchBatchItem(null, new SearchQuery(), problems);
        }

        string? id = null;
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, IdName, StringComparison.OrdinalIgnoreCase))
            {
                id = property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? property.Value.ToString() : null;
            }
            else if (!Parameters.Contains(property.Name))
            {
                // A misspelt filter left out would widen the search without saying so.
                problems.Add(property.Name, $"{property.Name} is not a search parameter.");
            }
        }

        SearchQuery query;
        try
        {
            query = element.Deserialize(ArchiveJsonContext.Default.SearchQuery) ?? new SearchQuery();
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path[2..] : nameof(SearchQuery.Q);
            problems.Add(field, $"{field} has a value of the wrong type.");
            query = new SearchQuery { Q = Text(element) };
        }

        return new SearchBatchItem(id, query, problems.IsEmpty ? null : problems);
    }

    /// <summary>The query words of an object whose other values could not be read, to echo them with its error.</summary>
    private static string? Text(JsonElement element) =>
        element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, "q", StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.String } q
            ? q.Value.GetString()
            : null;
}
