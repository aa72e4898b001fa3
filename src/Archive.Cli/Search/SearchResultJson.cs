using Archive.Core.Documents;
using Archive.Core.Search;

namespace Archive.Cli.Search;

/// <summary>Search results as <c>archive search --json</c> prints them: the same hits as the API.</summary>
internal sealed record SearchResultJson(string Query, string Mode, string? Fallback, int Total, bool Relaxed, IReadOnlyList<SearchResultJson.Hit> Hits)
{
    public static SearchResultJson From(SearchRequest request, SearchResult result) => new(
        request.Query,
        result.Mode.ToString().ToLowerInvariant(),
        result.Fallback,
        result.Total,
        result.Relaxed,
        [.. result.Hits.Select(h => new Hit(
            h.Paragraph.Id,
            h.Document.Id,
            h.Document.Source,
            h.Paragraph.Number,
            h.Document.Language.ToCode(),
            h.Document.Metadata.Title,
            h.Document.Metadata.Conference,
            h.Document.Metadata.Date?.ToString(),
            h.Paragraph.Citation,
            h.Paragraph.Pages,
            h.Paragraph.Text,
            h.Highlight,
            h.Score,
            h.Scores,
            h.Matched,
            h.Counterpart is { } c ? new Counterpart(c.Id, h.Document.Language.Other().ToCode(), c.Text) : null))]);

    internal sealed record Hit(
        string Id,
        string DocumentId,
        string Source,
        string? Paragraph,
        string Language,
        string Title,
        int? Conference,
        string? Date,
        string Citation,
        IReadOnlyList<int> Pages,
        string Text,
        string Highlight,
        double Score,
        HitScores Scores,
        IReadOnlyList<MatchedClause> Matched,
        Counterpart? Counterpart);

    internal sealed record Counterpart(string Id, string Language, string Text);
}
