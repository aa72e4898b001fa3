using Archive.Core.Indexing;

namespace Archive.Core.Search;

/// <summary>Turns ranked Lucene documents into hits, whichever mode ranked them.</summary>
internal static class SearchHits
{
    /// <summary>Hits for ranked Lucene documents, with highlights and the clauses each matched.</summary>
    public static List<SearchHit> Build(IndexLease lease, IReadOnlyList<TaggedClause> tagged, IReadOnlyList<RankedDoc> ranked)
    {
        var explained = MatchExplainer.Explain(lease.Searcher, tagged, [.. ranked.Select(r => r.Doc)]);
        var found = ranked
            .Select(doc => (Ranked: doc, Paragraph: lease.Library.FindParagraph(lease.ParagraphId(doc.Doc))))
            .Where(f => f.Paragraph is not null)
            .Select(f => (f.Ranked, f.Paragraph!.Value.Document, f.Paragraph.Value.Paragraph))
            .ToList();
        var marks = MatchExplainer.Marks(new TermLookup(lease.Searcher.IndexReader, lease.Postings),
            [.. found.Select(f => new MarkRequest(f.Ranked.Doc, f.Paragraph.Text, IndexFields.Text(f.Document.Language), explained[f.Ranked.Doc].Select(m => m.Clause)))]);
        var hits = new List<SearchHit>(found.Count);
        foreach (var (doc, document, paragraph) in found)
        {
            var matched = explained[doc.Doc];
            var counterpart = paragraph.CounterpartId is { } cp ? lease.Library.FindParagraph(cp)?.Paragraph : null;
            hits.Add(new SearchHit(
                document,
                paragraph,
                doc.Score,
                marks[doc.Doc],
                HitText.SnippetParts(paragraph.Text, marks[doc.Doc]),
                [.. matched.OrderByDescending(m => m.Score).Select(m => new MatchedClause(m.Clause.Term, m.Clause.QueryTerm, m.Clause.Source, m.Clause.Via, m.Score))],
                counterpart,
                doc.Scores));
        }

        return hits;
    }
}
