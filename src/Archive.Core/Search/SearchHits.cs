using Archive.Core.Indexing;

namespace Archive.Core.Search;

/// <summary>Turns ranked Lucene documents into hits, whichever mode ranked them.</summary>
internal static class SearchHits
{
    /// <summary>Hits for ranked Lucene documents, with highlights and the clauses each matched.</summary>
    public static List<SearchHit> Build(IndexLease lease, IReadOnlyList<TaggedClause> tagged, IReadOnlyList<RankedDoc> ranked)
    {
        var explained = MatchExplainer.Explain(lease.Searcher, tagged, [.. ranked.Select(r => r.Doc)]);
        var hits = new List<SearchHit>(ranked.Count);
        foreach (var doc in ranked)
        {
            if (lease.Library.FindParagraph(lease.ParagraphId(doc.Doc)) is not var (document, paragraph))
            {
                continue;
            }

            var matched = explained[doc.Doc];
            var counterpart = paragraph.CounterpartId is { } cp ? lease.Library.FindParagraph(cp)?.Paragraph : null;
            var marks = MatchExplainer.Marks(lease.Searcher.IndexReader, doc.Doc, paragraph.Text, IndexFields.Text(document.Language), matched.Select(m => m.Clause));
            hits.Add(new SearchHit(
                document,
                paragraph,
                doc.Score,
                marks,
                HitText.SnippetParts(paragraph.Text, marks),
                [.. matched.OrderByDescending(m => m.Score).Select(m => new MatchedClause(m.Clause.Term, m.Clause.QueryTerm, m.Clause.Source, m.Clause.Via, m.Score))],
                counterpart,
                doc.Scores));
        }

        return hits;
    }
}
