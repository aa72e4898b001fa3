using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Documents;

namespace Archive.Api.Commitments;

/// <summary>
/// The rules of listing commitments, shared by <c>GET /api/commitments</c> and the assistant tools: which ids the
/// vocabulary knows, and how a query becomes a filter.
/// </summary>
internal static class CommitmentListing
{
    /// <summary>What is wrong with the topic, addressee and actor ids, by field; empty when they are known.</summary>
    public static Dictionary<string, string[]> Problems(CommitmentListQuery query, CommitmentRules rules)
    {
        var errors = new Dictionary<string, string[]>();
        if (query.Topic is not null && rules.Topics.Find(query.Topic) is null)
        {
            errors["Topic"] = [$"unknown topic \"{query.Topic}\"; GET /api/topics lists them."];
        }

        if (query.Addressee is not null && rules.Addressees.All(a => a.Id != query.Addressee))
        {
            errors["Addressee"] = [$"unknown addressee \"{query.Addressee}\"; one of {string.Join(", ", rules.Addressees.Select(a => a.Id))}."];
        }

        if (query.Actor is not null && rules.Actors.All(a => a.Id != query.Actor))
        {
            errors["Actor"] = [$"unknown actor \"{query.Actor}\"; one of {string.Join(", ", rules.Actors.Select(a => a.Id).Distinct())}."];
        }

        return errors;
    }

    /// <summary>The commitments that pass the query's filters, in catalog order.</summary>
    public static List<Commitment> Matches(CommitmentListQuery query, CommitmentCatalog catalog) => new CommitmentFilter(
        query.Topic,
        query.Actor,
        query.Addressee,
        CommitmentStrengths.TryParse(query.Strength, out var strength) ? strength : null,
        query.Conference,
        query.Lang is null ? null : DocumentLanguages.Parse(query.Lang),
        query.Q).Apply(catalog.Commitments).ToList();

    /// <summary>The page of <paramref name="matches"/> the query's offset and k ask for.</summary>
    public static CommitmentListResponse Page(CommitmentListQuery query, List<Commitment> matches, CommitmentCatalog catalog, DocumentLibrary library, CommitmentRules rules)
    {
        var offset = query.Offset ?? 0;
        var k = query.K ?? 50;
        return new CommitmentListResponse(matches.Count, offset, k,
            [.. matches.Skip(offset).Take(k).Select(c => c.ToResponse(catalog, library, rules.Topics))]);
    }
}
