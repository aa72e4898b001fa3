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
    /// Where in the paragraph's text the words the matching found stand, in order and merged: a phrase only where
    /// its words stand together. The offsets come from the term vectors stored with the paragraph's own text and
    /// exact fields, so the text is not analysed again.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Marks(IndexReader reader, int doc, string text, string ownTextField, IEnumerable<TaggedClause> matched)
    {
        var spans = new List<(int Start, int End)>();
        Fields? vectors = null;
        foreach (var group in matched.Where(m => m.Field == ownTextField || m.Field == IndexFields.Exact).GroupBy(m => m.Field))
        {
            // The paragraph's term vectors are decoded once, for both fields.
            vectors ??= reader.GetTermVectors(doc);
            if (vectors?.GetTerms(group.Key) is not { } vector)
            {
                continue;
            }

            var occurrences = Occurrences(vector, group.SelectMany(m => m.Terms));
            foreach (var clause in group)
            {
                spans.AddRange(Spans(clause, occurrences).Where(span => span.End <= text.Length));
            }
        }

        return [.. Merge(spans)];
    }

    /// <summary>Where each term stands in the paragraph: position and character offsets, from the term vector.</summary>
    private static Dictionary<string, Dictionary<int, (int Start, int End)>> Occurrences(Terms vector, IEnumerable<string> terms)
    {
        var occurrences = new Dictionary<string, Dictionary<int, (int Start, int End)>>(StringComparer.Ordinal);
        var iterator = vector.GetEnumerator();
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            if (!iterator.SeekExact(new BytesRef(term)) || iterator.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS) is not { } positions
                || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS)
            {
                continue;
            }

            var at = occurrences[term] = [];
            for (var i = 0; i < positions.Freq; i++)
            {
                var position = positions.NextPosition();
                at[position] = (positions.StartOffset, positions.EndOffset);
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
