using Archive.Api.Contracts;
using Archive.Contracts;
using Archive.Core.Commitments;
using Archive.Core.Documents;

namespace Archive.Api.Changes;

/// <summary>
/// The rules of answering a <see cref="ChangesQuery"/>, shared by <c>GET /api/changes</c> and the assistant tool
/// <c>changes</c>: which conferences and topic the archive knows, and the comparison in the query's language.
/// </summary>
internal static class ChangeListing
{
    /// <summary>What is wrong with the conferences and the topic, by field; empty when the archive knows them.</summary>
    public static IReadOnlyDictionary<string, string> Problems(ChangesQuery query, DocumentLibrary library, CommitmentRules rules) =>
        ConferenceChanges.Check(library, rules.Topics, query.From!.Value, query.To!.Value, query.Topic);

    /// <summary>Every lineage that moved between the two conferences, in the query's language (English unless it names another).</summary>
    public static ChangesResponse Answer(ChangesQuery query, CommitmentCatalog catalog, DocumentLibrary library)
    {
        var language = query.Lang is null ? DocumentLanguage.English : DocumentLanguages.Parse(query.Lang);
        return ConferenceChanges.Between(catalog, query.From!.Value, query.To!.Value, language, query.Topic)
            .ToResponse(query.From.Value, query.To.Value, language, query.Topic, library);
    }
}
