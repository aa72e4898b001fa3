namespace Archive.Contracts;

/// <summary>One page of search results.</summary>
/// <param name="Total">Paragraphs that match (documents, when collapsed).</param>
/// <param name="Relaxed">True when no paragraph had every word: the hits have some of them.</param>
/// <param name="Facets">Counts over all matches by type, language, conference and year.</param>
/// <param name="Mode">How the hits were ranked: lexical, hybrid or semantic.</param>
/// <param name="Fallback">Why the mode asked for could not be used and the search was lexical (e.g. the embedding provider is down); null when it was used.</param>
public sealed record SearchResponse(
    string Query,
    string Mode,
    string? Fallback,
    int Total,
    bool Relaxed,
    int Offset,
    int K,
    IReadOnlyList<SearchHitResponse> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetResponse>> Facets);
