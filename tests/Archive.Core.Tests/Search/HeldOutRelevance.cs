using System.Globalization;
using System.Text;
using Archive.Core.Documents;
using Archive.Core.Search;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Search;

/// <summary>
/// The learned lexicon measured without the documents searched: for each conference with a translated document, the
/// corpus is indexed without that conference's Indonesian versions (<see cref="HeldOutFixture"/>), so the lexicon is
/// learned without its pairs and its English paragraphs have no counterpart. The Indonesian queries and the
/// Indonesian-to-English ones that have a judged paragraph among those English paragraphs are run within the
/// conference (where no paragraph has a counterpart), with the glossary alone and with the lexicon, lexically and in
/// hybrid mode, and scored by nDCG@10 against the judgments of those paragraphs.
/// </summary>
internal static class HeldOutRelevance
{
    public static async Task<List<HeldOutScore>> MeasureAsync(HeldOutFixture heldOut, IReadOnlyList<RelevanceQuery> queries, CancellationToken cancellationToken)
    {
        var scores = new List<HeldOutScore>();
        var carried = queries.Where(q => q.Kind == "indonesian" || (q.Kind == "cross-lingual" && q.Lang == "en")).ToList();
        foreach (var conference in heldOut.Conferences)
        {
            await heldOut.HoldOutAsync(conference);
            var english = heldOut.Corpus.Library.Documents
                .Where(d => d.Metadata.Conference == conference && d.Language == DocumentLanguage.English)
                .SelectMany(d => d.Paragraphs).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var query in carried)
            {
                var judged = query.Judgments.Where(j => j.Value > 0 && english.Contains(j.Key)).ToDictionary();
                if (judged.Count == 0)
                {
                    continue;
                }

                foreach (var lexicon in new[] { false, true })
                {
                    foreach (var mode in new[] { SearchMode.Lexical, SearchMode.Hybrid })
                    {
                        var request = new SearchRequest(query.Query, DocumentLanguage.English, Conference: conference, K: RankingMetrics.K, Mode: mode);
                        var result = await heldOut.Search(lexicon).SearchAsync(request, cancellationToken);
                        Assert.Null(result.MeaningUnavailable);
                        scores.Add(new HeldOutScore(conference, query.Id, query.Kind, lexicon, mode, RankingMetrics.Ndcg([.. result.Hits.Select(h => h.Paragraph.Id)], judged)));
                    }
                }
            }
        }

        return scores;
    }

    /// <summary>Mean nDCG@10 of the held-out queries of a kind (null for all), mode and lexicon setting.</summary>
    public static double Ndcg(IEnumerable<HeldOutScore> scores, string? kind, SearchMode mode, bool lexicon) =>
        scores.Where(s => (kind is null || s.Kind == kind) && s.Mode == mode && s.Lexicon == lexicon).Average(s => s.Ndcg);

    public static string Report(IReadOnlyList<HeldOutScore> scores)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("Held-out conferences: nDCG@10 of Indonesian and Indonesian-to-English queries over English paragraphs without a counterpart, the lexicon learned without them");
        text.AppendLine();
        text.AppendLine("| kind | queries | lexical, glossary | lexical, glossary + lexicon | hybrid, glossary | hybrid, glossary + lexicon |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var kind in scores.Select(s => s.Kind).Distinct().Append(null))
        {
            var count = scores.Count(s => (kind is null || s.Kind == kind) && s.Mode == SearchMode.Lexical && !s.Lexicon);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {kind ?? "all"} | {count} | {Ndcg(scores, kind, SearchMode.Lexical, false):F3} | {Ndcg(scores, kind, SearchMode.Lexical, true):F3} | {Ndcg(scores, kind, SearchMode.Hybrid, false):F3} | {Ndcg(scores, kind, SearchMode.Hybrid, true):F3} |");
        }

        text.AppendLine();
        text.AppendLine("A query counts once per held-out conference with a judged English paragraph; per conference: " + string.Join(", ",
            scores.Where(s => s.Mode == SearchMode.Lexical && !s.Lexicon).GroupBy(s => s.Conference).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {g.Count()}"))) + ".");
        return text.ToString();
    }
}

/// <summary>One held-out query's nDCG@10 in one conference, mode and lexicon setting.</summary>
internal sealed record HeldOutScore(int Conference, string QueryId, string Kind, bool Lexicon, SearchMode Mode, double Ndcg);
