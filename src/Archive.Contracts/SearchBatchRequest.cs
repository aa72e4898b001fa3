using System.ComponentModel;
using System.Text.Json;

namespace Archive.Contracts;

/// <summary>
/// The JSON body of <c>POST /api/search/batch</c> and of <c>archive search --batch file.json</c>. Each query is a
/// string (the words) or an object with the parameters of <see cref="SearchQuery"/> and an optional <c>id</c>.
/// </summary>
public sealed record SearchBatchRequest
{
    [Description("The queries, in order, at most 500: each a string (the words) or an object with q and optionally id, lang, type, conference, from, to, sample.")]
    public IReadOnlyList<JsonElement>? Queries { get; init; }

    [Description("Hits per query, 1-100. Default 5; a query's own k wins.")]
    public int? K { get; init; }
}
