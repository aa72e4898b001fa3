using Archive.Core.Indexing;

namespace Archive.Core.Search;

/// <summary>One page of search results, with facet counts over all matches.</summary>
/// <param name="Total">Paragraphs (or documents, when collapsed) that match.</param>
/// <param name="Relaxed">True when no paragraph had every word and the hits are those with some of them.</param>
/// <param name="Facets">Counts over all matches by "type", "language", "conference" and "year".</param>
/// <param name="Mode">How the hits were ranked.</param>
/// <param name="Generation">The index generation searched: what else a caller shows of the hits (their commitments) is read from it.</param>
/// <param name="MeaningUnavailable">Why the mode asked for could not be used (e.g. the embedding provider is down); null when it was.</param>
public sealed record SearchResult(
    int Total,
    bool Relaxed,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    SearchMode Mode,
    ServedGeneration Generation,
    string? MeaningUnavailable = null);
