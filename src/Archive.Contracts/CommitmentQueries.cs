using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Indexing;

namespace Archive.Contracts;

/// <summary>
/// The commitments a query filters: the one use case behind <c>GET /api/commitments</c>, the
/// <c>list_commitments</c> tool and <c>archive commitments</c>. It validates the query (its values, and the topic,
/// addressee and actor ids against the vocabulary), applies the filter and maps the page, the whole list or the CSV.
/// </summary>
public sealed class CommitmentQueries(LiveIndex index, CommitmentCatalogCache catalogs, CommitmentRules rules)
{
    /// <summary>What is wrong with <paramref name="query"/> in the caller's names; empty when it can be answered.</summary>
    public RequestProblems Problems(CommitmentListQuery query, ParameterNames names)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = RequestValidation.Check(query, names);
        if (!problems.IsEmpty)
        {
            return problems;
        }

        if (query.Topic is not null && rules.Topics.Find(query.Topic) is null)
        {
            problems.Add(nameof(CommitmentListQuery.Topic), rules.Topics.Unknown(query.Topic));
        }

        if (query.Addressee is not null && rules.Addressees.All(a => a.Id != query.Addressee))
        {
            problems.Add(nameof(CommitmentListQuery.Addressee), $"unknown addressee \"{query.Addressee}\"; one of {string.Join(", ", rules.Addressees.Select(a => a.Id))}.");
        }

        if (query.Actor is not null && rules.Actors.All(a => a.Id != query.Actor))
        {
            problems.Add(nameof(CommitmentListQuery.Actor), $"unknown actor \"{query.Actor}\"; one of {string.Join(", ", rules.Actors.Select(a => a.Id).Distinct())}.");
        }

        return problems;
    }

    /// <summary>The page of matching commitments the query's offset and k ask for.</summary>
    public QueryAnswer<CommitmentListResponse> Page(CommitmentListQuery query, ParameterNames names)
    {
        if (Problems(query, names) is { IsEmpty: false } problems)
        {
            return new QueryAnswer<CommitmentListResponse>(problems);
        }

        var (matches, catalog, library) = Matches(query);
        var offset = query.Offset ?? 0;
        var k = query.K ?? CommitmentListQuery.DefaultK;
        return new QueryAnswer<CommitmentListResponse>(new CommitmentListResponse(matches.Count, offset, k,
            [.. matches.Skip(offset).Take(k).Select(c => c.ToResponse(catalog, library, rules.Topics))]));
    }

    /// <summary>Every matching commitment, in catalog order (offset and k aside).</summary>
    public QueryAnswer<IReadOnlyList<CommitmentResponse>> All(CommitmentListQuery query, ParameterNames names)
    {
        if (Problems(query, names) is { IsEmpty: false } problems)
        {
            return new QueryAnswer<IReadOnlyList<CommitmentResponse>>(problems);
        }

        var (matches, catalog, library) = Matches(query);
        return new QueryAnswer<IReadOnlyList<CommitmentResponse>>([.. matches.Select(c => c.ToResponse(catalog, library, rules.Topics))]);
    }

    /// <summary>Every matching commitment as a spreadsheet-ready file: UTF-8, a header row (<see cref="CommitmentCsv"/>).</summary>
    public QueryAnswer<byte[]> Csv(CommitmentListQuery query, ParameterNames names)
    {
        if (Problems(query, names) is { IsEmpty: false } problems)
        {
            return new QueryAnswer<byte[]>(problems);
        }

        var (matches, catalog, library) = Matches(query);
        using var stream = new MemoryStream();
        CommitmentCsv.Write(stream, matches, catalog, library);
        return new QueryAnswer<byte[]>(stream.ToArray());
    }

    private (List<Commitment> Matches, CommitmentCatalog Catalog, DocumentLibrary Library) Matches(CommitmentListQuery query)
    {
        var served = index.Served;
        var library = served.Library;
        var catalog = catalogs.For(served);
        return ([.. Filter(query, catalog)], catalog, library);
    }

    /// <summary>
    /// The commitments of one generation's catalog that a query, already checked (<see cref="Problems"/>), matches, in
    /// catalog order: for a host that writes them in its own form (a feed).
    /// </summary>
    public static IEnumerable<Commitment> Filter(CommitmentListQuery query, CommitmentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(catalog);
        return new CommitmentFilter(
            query.Topic,
            query.Actor,
            query.Addressee,
            CommitmentStrengths.TryParse(query.Strength, out var strength) ? strength : null,
            query.Conference,
            query.Lang is null ? null : DocumentLanguages.Parse(query.Lang),
            query.Q).Apply(catalog.Commitments);
    }
}
