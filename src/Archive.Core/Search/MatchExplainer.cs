using Archive.Core.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Core.Search;

/// <summary>
/// Says why each hit matched: which tagged clauses of the query score on it and by how much (BM25 contributions
/// sum to the hit's score), and marks the matched words in the paragraph's text.
/// </summary>
internal static class MatchExplainer
{
    /// <summary>For each hit (global doc id), the tagged clauses that match it with their scores.</summary>
    public static Dictionary<int, List<(TaggedClause Clause, float Score)>> Explain(IndexSearcher searcher, IReadOnlyList<TaggedClause> tagged, IReadOnlyList<int> docs)
    {
        var matches = docs.ToDictionary(d => d, _ => new List<(TaggedClause, float)>());
        var sorted = docs.Distinct().Order().ToList();
        foreach (var clause in tagged)
        {
            foreach (var (doc, score) in QueryMatches.Among(searcher, clause.Query, sorted))
            {
                matches[doc].Add((clause, score));
            }
        }

        return matches;
    }

    /// <summary>
    /// For each hit, where in the paragraph's text the words the matching found stand, in order and merged: a phrase
    /// only where its words stand together. The offsets come from the postings of the paragraph's own text and exact
    /// fields, which keep them, read for the matched terms only and for all hits at once, each term's postings walked
    /// forward through the hits in order; the text is not analysed again. Term vectors did this before: reading them
    /// decoded every term of the paragraph, a quarter of a search's time and 341 of its 767 KB at 438 paragraphs.
    /// </summary>
    public static Dictionary<int, IReadOnlyList<(int Start, int End)>> Marks(TermLookup terms, IReadOnlyList<MarkRequest> hits)
    {
        var highlighted = hits.ToDictionary(
            h => h.Doc,
            h => h.Matched.Where(m => m.Field == h.OwnTextField || m.Field == IndexFields.Exact).ToList());
        var occurrences = Occurrences(terms, highlighted);
        var marks = new Dictionary<int, IReadOnlyList<(int Start, int End)>>();
        foreach (var hit in hits)
        {
            var spans = new List<(int Start, int End)>();
            foreach (var clause in highlighted[hit.Doc])
            {
                if (occurrences.TryGetValue((hit.Doc, clause.Field), out var inField))
                {
                    spans.AddRange(Spans(clause, inField).Where(span => span.End <= hit.Text.Length));
                }
            }

            marks[hit.Doc] = [.. Merge(spans)];
        }

        return marks;
    }

    /// <summary>
    /// Where each term stands in each hit's field: position and character offsets, from the postings. One postings
    /// enumeration per segment, field and term, advanced through the hits that need it in order, opened through one
    /// terms enumeration per segment and field.
    /// </summary>
    private static Dictionary<(int Doc, string Field), Dictionary<string, Dictionary<int, (int Start, int End)>>> Occurrences(
        TermLookup lookup, Dictionary<int, List<TaggedClause>> highlighted)
    {
        var reader = lookup.Reader;
        var occurrences = new Dictionary<(int Doc, string Field), Dictionary<string, Dictionary<int, (int Start, int End)>>>();
        var wanted = highlighted
            .SelectMany(h => h.Value.SelectMany(c => c.Terms.Select(t => (Field: c.Field, Term: t, h.Key))))
            .Distinct()
            .GroupBy(w => (w.Field, w.Term), w => w.Key);
        foreach (var need in wanted)
        {
            var term = new BytesRef(need.Key.Term);
            foreach (var inSegment in need.Order().GroupBy(doc => ReaderUtil.SubIndex(doc, reader.Leaves)))
            {
                var segment = reader.Leaves[inSegment.Key];
                if (lookup.Positions(segment, need.Key.Field, term) is not { } postings)
                {
                    continue;
                }

                foreach (var doc in inSegment)
                {
                    var local = doc - segment.DocBase;
                    var at = postings.DocID >= local ? postings.DocID : postings.Advance(local);
                    if (at == DocIdSetIterator.NO_MORE_DOCS)
                    {
                        break;
                    }

                    if (at != local)
                    {
                        continue;
                    }

                    if (!occurrences.TryGetValue((doc, need.Key.Field), out var inField))
                    {
                        occurrences[(doc, need.Key.Field)] = inField = new Dictionary<string, Dictionary<int, (int Start, int End)>>(StringComparer.Ordinal);
                    }

                    var places = inField[need.Key.Term] = [];
                    for (var i = 0; i < postings.Freq; i++)
                    {
                        var position = postings.NextPosition();
                        // A generation written before offsets were kept in the postings has none: no marks, until rebuilt.
                        if (postings.StartOffset >= 0)
                        {
                            places[position] = (postings.StartOffset, postings.EndOffset);
                        }
                    }
                }
            }
        }

        return occurrences;
    }

    /// <summary>The spans a clause covers: every occurrence of a single term, or each place its phrase stands whole.</summary>
    private static IEnumerable<(int Start, int End)> Spans(TaggedClause clause, Dictionary<string, Dictionary<int, (int Start, int End)>> occurrences)
    {
        if (!occurrences.TryGetValue(clause.Terms[0], out var first))
        {
            yield break;
        }

        foreach (var (position, span) in first)
        {
            var end = span.End;
            var whole = true;
            for (var i = 1; i < clause.Terms.Count && whole; i++)
            {
                whole = occurrences.TryGetValue(clause.Terms[i], out var next) && next.TryGetValue(position + clause.Positions[i], out var nextSpan)
                    && (end = nextSpan.End) > 0;
            }

            if (whole)
            {
                yield return (span.Start, end);
            }
        }
    }

    private static IEnumerable<(int Start, int End)> Merge(List<(int Start, int End)> spans)
    {
        (int Start, int End)? open = null;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (open is { } current && span.Start <= current.End + 1)
            {
                open = (current.Start, Math.Max(current.End, span.End));
                continue;
            }

            if (open is { } done)
            {
                yield return done;
            }

            open = span;
        }

        if (open is { } last)
        {
            yield return last;
        }
    }
}
