using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Archive.Core.Search;

namespace Archive.Contracts;

/// <summary>Maps search results to their wire form.</summary>
public static class SearchMappings
{
    /// <param name="commitments">The commitment catalog of the generation searched (<see cref="SearchResult.Generation"/>); asked for only when the hits show commitments, so a compact search never waits for it to be built.</param>
    /// <param name="fields">The parts of each hit beyond the compact ones to include.</param>
    public static SearchResponse ToResponse(this SearchResult result, SearchRequest request, Func<ServedGeneration, CommitmentCatalog> commitments, HitFields fields)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        var catalog = fields.HasFlag(HitFields.Commitments) ? commitments(result.Generation) : null;
        return new(
            request.Query,
            result.Mode.ToCode(),
            result.MeaningUnavailable,
            result.Total,
            result.Relaxed,
            request.Offset,
            request.K,
            [.. result.Hits.Select(h => h.ToResponse(catalog, fields))],
            result.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<FacetResponse>)[.. f.Value.Select(c => new FacetResponse(c.Value, c.Count))]));
    }

    public static CounterpartResponse ToCounterpart(this Paragraph paragraph, DocumentLanguage language) => new(
        paragraph.Id,
        language.ToCode(),
        paragraph.Text,
        paragraph.Citation);

    private static SearchHitResponse ToResponse(this SearchHit hit, CommitmentCatalog? commitments, HitFields fields)
    {
        var document = hit.Document;
        var paragraph = hit.Paragraph;
        bool Has(HitFields part) => fields.HasFlag(part);
        return new SearchHitResponse(paragraph.Id, document.Language.ToCode(), paragraph.Citation, Math.Round(hit.Score, 4), hit.Snippet, paragraph.CounterpartId, Permalink.Of(document, paragraph))
        {
            DocumentId = Has(HitFields.Document) ? document.Id : null,
            OcrConfidence = paragraph.OcrConfidence,
            Source = Has(HitFields.Document) ? document.Source : null,
            Title = Has(HitFields.Document) ? document.Metadata.Title : null,
            Type = Has(HitFields.Document) ? document.Metadata.Type.ToCode() : null,
            Conference = Has(HitFields.Document) ? document.Metadata.Conference : null,
            Date = Has(HitFields.Document) ? document.Metadata.Date?.ToString() : null,
            Sample = Has(HitFields.Document) ? document.Metadata.Sample : null,
            Paragraph = Has(HitFields.Paragraph) ? paragraph.Number : null,
            Anchor = Has(HitFields.Paragraph) ? paragraph.Anchor : null,
            Pages = Has(HitFields.Paragraph) ? paragraph.Pages : null,
            Text = Has(HitFields.Text) ? paragraph.Text : null,
            Highlight = Has(HitFields.Highlight) ? hit.Highlight : null,
            Scores = Has(HitFields.Scores) ? new ScoresResponse(Round(hit.Scores.Lexical), hit.Scores.LexicalRank, Round(hit.Scores.Semantic), hit.Scores.SemanticRank) : null,
            Matched = Has(HitFields.Matched) ? [.. hit.Matched.Select(m => new MatchedResponse(m.Term, m.QueryTerm, m.Source.ToCode(), m.Via.ToCode(), Math.Round(m.Score, 4)))] : null,
            Counterpart = Has(HitFields.Counterpart) ? hit.Counterpart?.ToCounterpart(document.Language.Other()) : null,
            Commitments = commitments is not null ? [.. commitments.InParagraph(paragraph.Id).Select(c => c.ToHitResponse(commitments))] : null,
        };
    }

    private static double? Round(double? value) => value is double v ? Math.Round(v, 4) : null;
}
