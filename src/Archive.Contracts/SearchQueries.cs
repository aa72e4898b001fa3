using Archive.Core.Commitments;
using Archive.Core.Indexing;
using Archive.Core.Search;

namespace Archive.Contracts;

/// <summary>
/// A search: the one use case behind <c>GET /api/search</c>, the <c>search_paragraphs</c> tool and
/// <c>archive search</c>. It validates the request, runs it and maps the result with the hit fields it asks for.
/// </summary>
public sealed class SearchQueries(ArchiveSearch searcher, CommitmentCatalogCache commitments)
{
    /// <summary>The hits of <paramref name="query"/>, or what is wrong with it in the caller's names.</summary>
    /// <exception cref="QuerySyntaxException">The query cannot be read (<see cref="Describe"/> says where).</exception>
    /// <exception cref="IndexNotReadyException">The index is still being built.</exception>
    public async Task<QueryAnswer<SearchResponse>> SearchAsync(SearchQuery query, ParameterNames names, CancellationToken cancellationToken)
    {
        var problems = RequestValidation.Check(query, names);
        if (!problems.IsEmpty)
        {
            return new QueryAnswer<SearchResponse>(problems);
        }

        var request = query.ToRequest();
        var result = await searcher.SearchAsync(request, cancellationToken);
        return new QueryAnswer<SearchResponse>(result.ToResponse(request, commitments.For, HitFieldSpellings.Parse(query.View, query.Fields)));
    }

    /// <summary>The title every caller gives a query that cannot be read.</summary>
    public const string UnreadableTitle = "The query cannot be read";

    /// <summary>What is wrong with an unreadable query and where, as every caller says it.</summary>
    public static string Describe(QuerySyntaxException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return $"{exception.Message} (at character {exception.Position + 1})";
    }
}
