using System.Globalization;
using System.Runtime.CompilerServices;
using Archive.Core.Search;

namespace Archive.Contracts;

/// <summary>
/// A batch of searches: the one use case behind <c>POST /api/search/batch</c> and <c>archive search --batch</c>.
/// It refuses the batch as a whole (empty, too many queries, a bad k) before anything is searched; then each query
/// goes through <see cref="SearchQueries"/>, so its rules and mapping are the search's own, and a query that is
/// refused or unreadable answers with its error while the rest go on.
/// </summary>
public sealed class SearchBatchQueries(SearchQueries searches)
{
    /// <summary>Most queries in one batch.</summary>
    public const int MaxQueries = 500;

    /// <summary>Hits per query when neither the batch nor the query says.</summary>
    public const int DefaultK = 5;

    /// <summary>The title of a query refused for its values, as ASP.NET's validation ProblemDetails says it.</summary>
    private const string RefusedTitle = "One or more validation errors occurred.";

    /// <summary>
    /// The answers, one per query in the batch's order, produced as each search finishes; or what is wrong with the
    /// batch in <paramref name="names"/>. The queries' own fields are named as the body and the file spell them (REST).
    /// </summary>
    public QueryAnswer<IAsyncEnumerable<SearchBatchResultResponse>> Search(SearchBatch batch, ParameterNames names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(names);
        var problems = new RequestProblems();
        var count = batch.Queries.Count;
        if (count == 0)
        {
            problems.Add(nameof(SearchBatchRequest.Queries), $"{names.Of(nameof(SearchBatchRequest.Queries))} must hold at least one query.");
        }
        else if (count > MaxQueries)
        {
            problems.AddTooLarge(nameof(SearchBatchRequest.Queries), string.Create(CultureInfo.InvariantCulture,
                $"The batch has {count:N0} queries; a batch takes at most {MaxQueries:N0}. Send it in parts."), MaxQueries, count);
        }

        if (batch.K is < 1 or > SearchRequest.MaxK)
        {
            problems.Add(nameof(SearchBatchRequest.K), string.Create(CultureInfo.InvariantCulture,
                $"{names.Of(nameof(SearchBatchRequest.K))} must be between 1 and {SearchRequest.MaxK}."));
        }

        return problems.IsEmpty
            ? new QueryAnswer<IAsyncEnumerable<SearchBatchResultResponse>>(AnswerAllAsync(batch, cancellationToken))
            : new QueryAnswer<IAsyncEnumerable<SearchBatchResultResponse>>(problems);
    }

    private async IAsyncEnumerable<SearchBatchResultResponse> AnswerAllAsync(SearchBatch batch, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One after another: the order is the batch's, and a search already uses what the machine has.
        for (var index = 0; index < batch.Queries.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return await AnswerAsync(index, batch.Queries[index], batch.K, cancellationToken);
        }
    }

    private async Task<SearchBatchResultResponse> AnswerAsync(int index, SearchBatchItem item, int? k, CancellationToken cancellationToken)
    {
        var answer = new SearchBatchResultResponse(index, item.Id, item.Query.Q ?? string.Empty);
        if (item.Unreadable is { } unreadable)
        {
            return answer with { Error = Refusal(unreadable) };
        }

        // Compact hits with their text: what a list of answers is read for, without a second request.
        var query = item.Query with { K = item.Query.K ?? k ?? DefaultK, Fields = item.Query.Fields ?? nameof(HitFields.Text).ToLowerInvariant() };
        QueryAnswer<SearchResponse> searched;
        try
        {
            searched = await searches.SearchAsync(query, ParameterNames.Rest, cancellationToken);
        }
        catch (QuerySyntaxException ex)
        {
            return answer with { Error = new SearchBatchProblemResponse(SearchQueries.UnreadableTitle, SearchQueries.Describe(ex)) };
        }

        return searched.Response is { } response
            ? answer with { Total = response.Total, Hits = response.Hits }
            : answer with { Error = Refusal(searched.Problems) };
    }

    /// <summary>A refused query, its errors keyed as the search's validation problem keys them (<c>lang</c>, <c>from</c>).</summary>
    private static SearchBatchProblemResponse Refusal(RequestProblems problems) =>
        new(RefusedTitle, problems.Message) { Errors = problems.ByField.ToDictionary(p => ParameterNames.Rest.Of(p.Key), p => p.Value, StringComparer.Ordinal) };
}
