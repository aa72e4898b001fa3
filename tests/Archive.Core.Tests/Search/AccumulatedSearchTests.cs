using Archive.Core.Documents;
using Archive.Core.Indexing;
using Archive.Core.Search;
using Archive.Core.Tests.Support;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Search;

/// <summary>
/// Scoring a term at a time finds what Lucene's own scorers find: the same matches with the same scores (to float
/// rounding of the sums) and a best page Lucene would rank the same, on the sample with every relevance query, strict
/// and relaxed, filtered or not, on one segment and on two; and on random Boolean queries over a random index with
/// deleted documents, which the archive's queries were not shaped by.
/// </summary>
public sealed class AccumulatedSearchTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public void RelevanceQueries_StrictAndRelaxed_MatchAndScoreAsLucene()
    {
        using var lease = index.Index.Acquire();
        using var twice = new MultiReader([lease.Searcher.IndexReader, lease.Searcher.IndexReader], closeSubReaders: false);
        var builder = index.Services.GetRequiredService<SearchQueryBuilder>();
        var queries = RelevanceQuery.Load().Select(q => (q.Query, q.Lang))
            .Append(("trafficking in persons victims protection -smuggling", "en"))
            .Append(("\"people smuggling\" returns -\"voluntary return\"", "any"))
            .ToList();
        var compared = 0;
        foreach (var searcher in new[] { lease.Searcher, new IndexSearcher(twice) { Similarity = lease.Searcher.Similarity } })
        {
            foreach (var (query, lang) in queries)
            {
                var built = builder.Build(QuerySyntax.Parse(query), exact: false, DocumentLanguages.Parse(lang), new TermLookup(searcher.IndexReader), lease.Lexicon);
                foreach (var filter in new[] { null, SearchFilters.For(new SearchRequest(query, DocumentLanguages.Parse(lang), FromYear: 2009, ToYear: 2018)) })
                {
                    compared += AssertAsLucene(searcher, built.Strict(), filter, query);
                    compared += AssertAsLucene(searcher, built.Relaxed(), filter, query);
                }
            }
        }

        Assert.True(compared > 10_000, $"{compared} matches compared");
    }

    [Fact]
    public void RandomBooleanQueries_OnAnIndexWithDeletions_MatchAndScoreAsLucene()
    {
        var random = new Random(27);
        string[] words = [.. Enumerable.Range(0, 40).Select(i => $"w{i}")];
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            Similarity = new ParagraphSimilarity(),
            MaxBufferedDocs = 150,
        }))
        {
            for (var i = 0; i < 600; i++)
            {
                // Skewed: a few words common, most rare, texts of very different lengths.
                var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 40)).Select(_ => words[(int)(words.Length * Math.Pow(random.NextDouble(), 2.5))]));
                writer.AddDocument([new StringField("id", $"d{i}", Field.Store.NO), new TextField("a", text, Field.Store.NO), new TextField("b", string.Join(' ', text.Split(' ').Reverse()), Field.Store.NO)]);
            }

            for (var i = 0; i < 600; i += 7)
            {
                writer.DeleteDocuments(new Term("id", $"d{i}"));
            }

            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count > 1 && reader.HasDeletions);
        var searcher = new IndexSearcher(reader) { Similarity = new ParagraphSimilarity() };
        var compared = 0;
        for (var i = 0; i < 300; i++)
        {
            var query = RandomQuery(random, words, depth: 0);
            var filter = i % 3 == 0 ? new QueryWrapperFilter(new TermQuery(new Term("a", words[random.Next(4)]))) : null;
            compared += AssertAsLucene(searcher, query, filter, query.ToString());
        }

        Assert.True(compared > 10_000, $"{compared} matches compared");
    }

    /// <summary>Every match and its score as Lucene finds them, and a best page of ten in an order Lucene ranks them.</summary>
    /// <returns>How many matches were compared.</returns>
    private static int AssertAsLucene(IndexSearcher searcher, Query query, Filter? filter, string what)
    {
        var maxDoc = searcher.IndexReader.MaxDoc;
        var expected = searcher.Search(query, filter, maxDoc);
        var everyMatch = new FixedBitSet(maxDoc);
        var all = AccumulatedSearch.Top(searcher, query, filter, maxDoc, new MatchSetCollector(everyMatch));
        var top = AccumulatedSearch.Top(searcher, query, filter, 10, new MatchSetCollector(new FixedBitSet(maxDoc)));

        Assert.Equal(expected.TotalHits, all.TotalHits);
        Assert.Equal(expected.TotalHits, top.TotalHits);
        Assert.Equal(expected.TotalHits, everyMatch.Cardinality);
        var scores = expected.ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        Assert.Equal(scores.Keys.Order(), all.ScoreDocs.Select(d => d.Doc).Order());
        Assert.All(all.ScoreDocs, d => Assert.True(Close(scores[d.Doc], d.Score), $"{what}: doc {d.Doc} scored {d.Score}, Lucene {scores[d.Doc]}"));

        // The page holds the best ten by Lucene's scores, best first; documents that tie may take each other's place.
        Assert.Equal(Math.Min(10, expected.TotalHits), top.ScoreDocs.Length);
        for (var i = 0; i < top.ScoreDocs.Length; i++)
        {
            Assert.True(Close(expected.ScoreDocs[i].Score, scores[top.ScoreDocs[i].Doc]), $"{what}: rank {i + 1} is doc {top.ScoreDocs[i].Doc}, Lucene's {expected.ScoreDocs[i].Doc}");
            Assert.True(everyMatch.Get(top.ScoreDocs[i].Doc));
        }

        return expected.TotalHits;
    }

    private static bool Close(float expected, float actual) => Math.Abs(expected - actual) <= 1e-5f * Math.Max(1f, Math.Abs(expected));

    private static Query RandomQuery(Random random, string[] words, int depth)
    {
        if (depth > 0 && random.Next(3) == 0 || depth == 3)
        {
            var field = random.Next(2) == 0 ? "a" : "b";
            Query leaf = random.Next(5) == 0
                ? new PhraseQuery { new Term(field, words[random.Next(8)]), new Term(field, words[random.Next(8)]) }
                : new TermQuery(new Term(field, words[random.Next(words.Length)]));
            leaf.Boost = random.Next(3) == 0 ? (float)(0.2 + random.NextDouble()) : 1f;
            return leaf;
        }

        var clauses = random.Next(1, 6);
        // Lucene.Net's rewrite of a boosted query of one clause sets the boost on the clause's query in place, so that
        // every search of it scores lower: such queries are left out (the archive builds none).
        var boolean = new BooleanQuery(disableCoord: random.Next(2) == 0) { Boost = clauses > 1 && random.Next(4) == 0 ? 0.5f : 1f };
        for (var i = 0; i < clauses; i++)
        {
            var occur = random.Next(10) switch
            {
                < 5 => Occur.SHOULD,
                < 8 => Occur.MUST,
                _ => Occur.MUST_NOT,
            };
            boolean.Add(RandomQuery(random, words, depth + 1), occur);
        }

        if (!boolean.Clauses.Any(c => c.Occur == Occur.MUST) && random.Next(3) == 0)
        {
            boolean.MinimumNumberShouldMatch = random.Next(1, 3);
        }

        return boolean;
    }
}
