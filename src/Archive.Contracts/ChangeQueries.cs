using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Indexing;

namespace Archive.Contracts;

/// <summary>
/// What changed between two meetings or dates: the one use case behind <c>GET /api/changes</c>, the <c>changes</c>
/// tool and <c>archive changes</c>. It validates the query, reads its two points against the archive's meetings
/// (<see cref="MeetingChanges.Check"/>) and maps the comparison in the query's language.
/// </summary>
public sealed class ChangeQueries(LiveIndex index, CommitmentCatalogCache catalogs, CommitmentRules rules)
{
    /// <summary>
    /// The comparison asked for, or what is wrong with it in the caller's names: the record's fields by their key
    /// (<c>Lang</c>), the points and the topic as the meeting check keys them (<c>from</c>, <c>to</c>, <c>topic</c>).
    /// The commitments are only read once the points are known.
    /// </summary>
    public QueryAnswer<ChangesResponse> Compare(ChangesQuery query, ParameterNames names)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(names);
        var problems = RequestValidation.Check(query, names);
        if (!problems.IsEmpty)
        {
            return new QueryAnswer<ChangesResponse>(problems);
        }

        var served = index.Served;
        var library = served.Library;
        var (from, to, meetingProblems) = MeetingChanges.Check(
            library, rules.Topics, query.From, query.To, query.Topic, names.Of(nameof(ChangesQuery.From)), names.Of(nameof(ChangesQuery.To)));
        foreach (var (key, message) in meetingProblems)
        {
            problems.Add(key, message);
        }

        if (!problems.IsEmpty)
        {
            return new QueryAnswer<ChangesResponse>(problems);
        }

        var language = query.Lang is null ? DocumentLanguage.English : DocumentLanguages.Parse(query.Lang);
        var changes = MeetingChanges.Between(catalogs.For(served), from!, to!, language, query.Topic).ToResponse(from!, to!, language, query.Topic, library);
        // A page of the changes; the counts still cover every one.
        return new QueryAnswer<ChangesResponse>(
            changes with { Changes = [.. changes.Changes.Skip(query.Offset ?? 0).Take(query.K ?? int.MaxValue)] });
    }
}
