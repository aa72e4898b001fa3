using Archive.Core.Documents;

namespace Archive.Core.Export;

/// <summary>Which aligned pairs a translation memory holds: the document filters of a search; a null field does not filter.</summary>
/// <param name="FromYear">Earliest year of the document's date, inclusive.</param>
/// <param name="ToYear">Latest year of the document's date, inclusive.</param>
/// <param name="Sample">True for the bundled illustrative documents only, false for the others only.</param>
public sealed record TranslationMemoryFilter(
    DocumentType? Type = null,
    int? Conference = null,
    int? FromYear = null,
    int? ToYear = null,
    bool? Sample = null)
{
    /// <summary>Whether a document passes every filter. A year bound leaves out an undated document, as search does.</summary>
    public bool Matches(ArchiveDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var metadata = document.Metadata;
        return (Type is null || metadata.Type == Type)
            && (Conference is null || metadata.Conference == Conference)
            && (Sample is null || metadata.Sample == Sample)
            && (FromYear is null || metadata.Date?.Year >= FromYear)
            && (ToYear is null || metadata.Date?.Year <= ToYear);
    }
}
