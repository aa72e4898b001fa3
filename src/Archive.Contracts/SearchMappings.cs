using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Search;

namespace Archive.Contracts;

/// <summary>Maps search results to their wire form.</summary>
public static class SearchMappings
{
    public static SearchResponse ToResponse(this SearchResult result, SearchRequest request, CommitmentCatalog commitments) => new(
        request.Query,
        result.Mode.ToCode(),
        result.MeaningUnavailable,
        result.Total,
        result.Relaxed,
        request.Offset,
        request.K,
        [.. result.Hits.Select(h => h.ToResponse(commitments))],
        result.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<FacetResponse>)[.. f.Value.Select(c => new FacetResponse(c.Value, c.Count))]));

    public static CounterpartResponse ToCounterpart(this Paragraph paragraph, DocumentLanguage language) => new(
        paragraph.Id,
        language.ToCode(),
        paragraph.Text,
        paragraph.Citation);

    private static SearchHitResponse ToResponse(this SearchHit hit, CommitmentCatalog commitments) => new(
        hit.Paragraph.Id,
        hit.Document.Id,
        hit.Document.Source,
        hit.Paragraph.Number,
        hit.Paragraph.Anchor,
        hit.Document.Language.ToCode(),
        hit.Document.Metadata.Title,
        hit.Document.Metadata.Type.ToCode(),
        hit.Document.Metadata.Conference,
        hit.Document.Metadata.Date?.ToString(),
        hit.Document.Metadata.Sample,
        hit.Paragraph.Citation,
        hit.Paragraph.Pages,
        hit.Paragraph.Text,
        hit.Highlight,
        Math.Round(hit.Score, 4),
        new ScoresResponse(Round(hit.Scores.Lexical), hit.Scores.LexicalRank, Round(hit.Scores.Semantic), hit.Scores.SemanticRank),
        [.. hit.Matched.Select(m => new MatchedResponse(m.Term, m.QueryTerm, m.Source.ToCode(), m.Via.ToCode(), Math.Round(m.Score, 4)))],
        hit.Counterpart?.ToCounterpart(hit.Document.Language.Other()),
        [.. commitments.InParagraph(hit.Paragraph.Id).Select(c => c.ToHitResponse(commitments))],
        Permalink.Of(hit.Document, hit.Paragraph));

    private static double? Round(double? value) => value is double v ? Math.Round(v, 4) : null;
}
