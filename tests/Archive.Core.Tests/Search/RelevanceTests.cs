using System.Globalization;
using System.Text;
using Archive.Core.Documents;
using Archive.Core.Search;
using Archive.Core.Tests.Support;
using Archive.Testing;

namespace Archive.Core.Tests.Search;

/// <summary>
/// The relevance set (Search/relevance.json: English, Indonesian, cross-lingual, phrase and paraphrase queries with
/// graded judgments) run through the archive's search in its three modes (lexical, hybrid and semantic, with the
/// bundled MiniLM model) and through SQLite FTS5 (porter) on the same paragraphs. Prints nDCG@10 and MRR per query
/// kind for each, writes them to artifacts/relevance.md, holds lexical search to floors, and hybrid to doing no
/// harm to any kind and good to paraphrases; measures what serving the vectors as 8-bit integers costs; and measures
/// the learned lexicon on conferences held out of it (<see cref="HeldOutRelevance"/>), holding it to doing no harm.
/// </summary>
public sealed class RelevanceTests(SemanticIndexFixture index, QuantizedIndexFixture quantized, SemanticHeldOutFixture heldOut) : IClassFixture<SemanticIndexFixture>, IClassFixture<QuantizedIndexFixture>, IClassFixture<SemanticHeldOutFixture>
{
    // Floors under the measured lexical figures, so a regression fails the build. Paraphrase: 0.38 on the first 16
    // queries (issue 4); the 18 added for issue 6 avoid the agreed words harder, and all 34 measure 0.27.
    private static readonly Dictionary<string, double> NdcgFloor = new(StringComparer.Ordinal)
    {
        ["english"] = 0.70,
        ["indonesian"] = 0.70,
        ["cross-lingual"] = 0.50,
        ["phrase"] = 0.70,
        ["paraphrase"] = 0.25,
    };

    // How much nDCG hybrid ranking may cost a kind of query, against lexical.
    private const double HybridTolerance = 0.01;

    // How much nDCG 8-bit vectors may cost a kind of query, against 32-bit ones.
    private const double QuantizationTolerance = 0.01;

    private static readonly string[] Systems = ["lexical", "hybrid", "semantic", "fts5"];

    [Fact]
    public async Task Relevance_PerQueryKindAndMode_MeetsFloorsAndIsReportedBesideFts5()
    {
        var queries = RelevanceQuery.Load();
        Assert.True(queries.Count >= 80);
        Assert.True(queries.Count(q => q.Kind == "paraphrase") >= 31);
        Assert.NotNull(index.Vectors);
        using var fts5 = new Fts5Baseline(index.Index.Library);
        var rows = new List<Row>();
        var perQuery = new Dictionary<(string Query, string System), double>();
        foreach (var kind in queries.GroupBy(q => q.Kind))
        {
            foreach (var system in Systems)
            {
                var scores = new List<(double Ndcg, double Mrr)>();
                foreach (var query in kind)
                {
                    var ranked = system == "fts5"
                        ? fts5.Search(query.Query, query.Lang, RankingMetrics.K)
                        : await ArchiveAsync(index, query, Enum.Parse<SearchMode>(system, ignoreCase: true));
                    scores.Add(Score(query, ranked));
                    perQuery[(query.Id, system)] = scores[^1].Ndcg;
                }

                rows.Add(new Row(kind.Key, system, kind.Count(), scores.Average(s => s.Ndcg), scores.Average(s => s.Mrr)));
            }
        }

        var int8 = new List<Row>();
        foreach (var kind in queries.GroupBy(q => q.Kind))
        {
            foreach (var mode in new[] { SearchMode.Hybrid, SearchMode.Semantic })
            {
                var scores = new List<(double Ndcg, double Mrr)>();
                foreach (var query in kind)
                {
                    scores.Add(Score(query, await ArchiveAsync(quantized, query, mode)));
                }

                int8.Add(new Row(kind.Key, mode.ToString().ToLowerInvariant(), kind.Count(), scores.Average(s => s.Ndcg), scores.Average(s => s.Mrr)));
            }
        }

        var heldOutScores = await HeldOutRelevance.MeasureAsync(heldOut, queries, TestContext.Current.CancellationToken);
        var report = Report(queries.Count, rows) + Quantization(rows, int8) + HeldOutRelevance.Report(heldOutScores) + Paraphrases(queries, perQuery);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestReports.Write("relevance.md", report);

        double Ndcg(string kind, string system) => rows.Single(r => r.Kind == kind && r.System == system).Ndcg;
        foreach (var kind in NdcgFloor.Keys)
        {
            Assert.True(Ndcg(kind, "lexical") >= NdcgFloor[kind], $"lexical nDCG@10 for {kind} is below its floor {NdcgFloor[kind]}\n{report}");
            Assert.True(Ndcg(kind, "hybrid") >= Ndcg(kind, "lexical") - HybridTolerance, $"hybrid lowers {kind} by more than {HybridTolerance}\n{report}");
        }

        Assert.True(Ndcg("paraphrase", "hybrid") > Ndcg("paraphrase", "lexical"), $"hybrid does not raise paraphrase queries\n{report}");
        Assert.All(int8, r => Assert.True(r.Ndcg >= Ndcg(r.Kind, r.System) - QuantizationTolerance, $"8-bit vectors lower {r.System} {r.Kind} by more than {QuantizationTolerance}\n{report}"));
        Assert.True(Ndcg("cross-lingual", "lexical") > Ndcg("cross-lingual", "fts5") + 0.2, report);

        foreach (var mode in new[] { SearchMode.Lexical, SearchMode.Hybrid })
        {
            Assert.True(HeldOutRelevance.Ndcg(heldOutScores, null, mode, lexicon: true) >= HeldOutRelevance.Ndcg(heldOutScores, null, mode, lexicon: false),
                $"the learned lexicon lowers held-out {mode} search\n{report}");
        }

        foreach (var kind in heldOutScores.Select(s => s.Kind).Distinct())
        {
            foreach (var lexicon in new[] { false, true })
            {
                Assert.True(HeldOutRelevance.Ndcg(heldOutScores, kind, SearchMode.Hybrid, lexicon) >= HeldOutRelevance.Ndcg(heldOutScores, kind, SearchMode.Lexical, lexicon) - HybridTolerance,
                    $"hybrid lowers held-out {kind} (lexicon {lexicon}) by more than {HybridTolerance}\n{report}");
            }
        }
    }

    private static async Task<List<string>> ArchiveAsync(IndexFixture index, RelevanceQuery query, SearchMode mode)
    {
        var request = new SearchRequest(query.Query, DocumentLanguages.Parse(query.Lang), K: RankingMetrics.K, Mode: mode);
        var result = await index.ArchiveSearch.SearchAsync(request, TestContext.Current.CancellationToken);
        Assert.Null(result.MeaningUnavailable);
        Assert.Equal(mode, result.Mode);
        return [.. result.Hits.Select(h => h.Paragraph.Id)];
    }

    private static (double Ndcg, double Mrr) Score(RelevanceQuery query, IReadOnlyList<string> ranked) =>
        (RankingMetrics.Ndcg(ranked, query.Judgments), RankingMetrics.ReciprocalRank(ranked, query.Judgments));

    private static string Report(int queries, List<Row> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Relevance over {queries} queries: nDCG@10 / MRR@10 per mode (embeddings: bundled MiniLM), beside SQLite FTS5 (porter)");
        text.AppendLine();
        text.AppendLine("| kind | queries | lexical nDCG | hybrid nDCG | semantic nDCG | FTS5 nDCG | lexical MRR | hybrid MRR | semantic MRR | FTS5 MRR |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var kind in rows.Select(r => r.Kind).Distinct())
        {
            var of = rows.Where(r => r.Kind == kind).ToDictionary(r => r.System);
            text.Append(CultureInfo.InvariantCulture, $"| {kind} | {of["lexical"].Queries} |");
            text.AppendJoin(string.Empty, Systems.Select(s => string.Create(CultureInfo.InvariantCulture, $" {of[s].Ndcg:F3} |")));
            text.AppendJoin(string.Empty, Systems.Select(s => string.Create(CultureInfo.InvariantCulture, $" {of[s].Mrr:F3} |")));
            text.AppendLine();
        }

        return text.ToString();
    }

    /// <summary>nDCG@10 of hybrid and semantic search with 32-bit and with 8-bit vectors, per kind.</summary>
    private static string Quantization(List<Row> rows, List<Row> int8)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("Vectors as 32-bit floats and as 8-bit integers (Embeddings:Quantize), nDCG@10");
        text.AppendLine();
        text.AppendLine("| kind | hybrid | hybrid int8 | semantic | semantic int8 |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var kind in int8.Select(r => r.Kind).Distinct())
        {
            double Of(List<Row> from, string system) => from.Single(r => r.Kind == kind && r.System == system).Ndcg;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {Of(rows, "hybrid"):F3} | {Of(int8, "hybrid"):F3} | {Of(rows, "semantic"):F3} | {Of(int8, "semantic"):F3} |");
        }

        return text.ToString();
    }

    /// <summary>Each paraphrase query's nDCG@10 per system: where meaning helps and where it does not.</summary>
    private static string Paraphrases(IReadOnlyList<RelevanceQuery> queries, Dictionary<(string Query, string System), double> perQuery)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("Paraphrase queries, nDCG@10 each");
        text.AppendLine();
        text.AppendLine("| id | query | lexical | hybrid | semantic | FTS5 |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var query in queries.Where(q => q.Kind == "paraphrase"))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {query.Id} | {query.Query} |");
            text.AppendJoin(string.Empty, Systems.Select(s => string.Create(CultureInfo.InvariantCulture, $" {perQuery[(query.Id, s)]:F3} |")));
            text.AppendLine();
        }

        return text.ToString();
    }

    private sealed record Row(string Kind, string System, int Queries, double Ndcg, double Mrr);
}
