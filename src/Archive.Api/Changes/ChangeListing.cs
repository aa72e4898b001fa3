using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Indexing;

namespace Archive.Api.Changes;

/// <summary>
/// The rules of answering a <see cref="ChangesQuery"/>, shared by <c>GET /api/changes</c> and the assistant tool
/// <c>changes</c>: which meetings the two points stand for, and the comparison in the query's language.
/// </summary>
internal static class ChangeListing
{
    /// <summary>
    /// The comparison asked for, or what is wrong with it by parameter ("from", "to", "topic"); the commitments are
    /// only read once the points are known.
    /// </summary>
    public static (ChangesResponse? Answer, IReadOnlyDictionary<string, string> Problems) Answer(ChangesQuery query, LiveIndex index, CommitmentCatalogCache catalogs, CommitmentRules rules)
    {
        var library = index.Library;
        var (from, to, problems) = MeetingChanges.Check(library, rules.Topics, query.From, query.To, query.Topic);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var language = query.Lang is null ? DocumentLanguage.English : DocumentLanguages.Parse(query.Lang);
        return (MeetingChanges.Between(catalogs.For(index), from!, to!, language, query.Topic).ToResponse(from!, to!, language, query.Topic, library), problems);
    }
}
