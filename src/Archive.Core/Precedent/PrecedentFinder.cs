using System.Diagnostics;
using Archive.Core.Analysis;
using Archive.Core.Documents;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Archive.Core.Search;
using Archive.Core.Structuring;
using Archive.Core.Telemetry;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Precedent;

/// <summary>
/// Finds the agreed paragraphs closest to a draft paragraph, in the draft's language: candidates come from the
/// index (the draft's distinctive words, BM25) and, when embeddings are on, from meaning (cosine); each is compared
/// with the draft word by word. The closest wording ranks first; when meaning is used, wording and meaning count as
/// two pieces of evidence (<see cref="Closeness"/>), so that where no agreed paragraph shares much wording the one
/// closest in meaning comes first. For each: the word diff, the verbatim spans of six words or more, and the
/// paragraph's counterpart in the other language.
/// </summary>
public sealed class PrecedentFinder(
    LiveIndex index,
    ArchiveAnalyzers analyzers,
    EmbeddingService embeddings,
    ParagraphVectorStore vectors,
    EnglishPivot pivot,
    ArchiveMetrics metrics)
{
    /// <summary>Longest draft accepted, in characters (about 800 words).</summary>
    public const int MaxCharacters = 5_000;

    /// <summary>Shortest draft worth comparing, in words (<see cref="WordsIn"/>).</summary>
    public const int MinWords = 3;

    /// <summary>Most precedents returned.</summary>
    public const int MaxK = 20;

    // Candidates taken from each source before the word-by-word comparison.
    private const int Candidates = 40;

    // Distinct draft terms the lexical candidate query uses, the rarest first. 24 find the source of every reworked
    // sample paragraph first, as 64 did (PrecedentFinderTests), in a fifth of the time at 100,000 paragraphs.
    private const int QueryTerms = 24;

    /// <summary>The words of a draft, as the checker counts them against <see cref="MinWords"/> (punctuation aside).</summary>
    public static int WordsIn(string draft) => WordTokens.Of(draft).Count(t => t.IsWord);

    /// <exception cref="IndexNotReadyException">The index is still being built.</exception>
    public async Task<PrecedentResult> FindAsync(string draft, DocumentLanguage language, int k, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(draft.Length, MaxCharacters);
        var draftTokens = WordTokens.Of(draft);
        var draftWords = draftTokens.Count(t => t.IsWord);
        if (draftWords < MinWords)
        {
            throw new ArgumentException($"a draft needs at least {MinWords} words to be compared", nameof(draft));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, MaxK);
        using var activity = ArchiveMetrics.Activities.StartActivity("archive.precedent");
        var started = Stopwatch.GetTimestamp();
        if (language == DocumentLanguage.Unknown)
        {
            language = LanguageDetector.Detect(draft).Language is var detected && detected != DocumentLanguage.Unknown ? detected : DocumentLanguage.English;
        }

        using var lease = index.Acquire();
        var request = new SearchRequest(draft, language);
        var filter = SearchFilters.For(request);
        var candidates = LexicalCandidates(lease, draft, language, filter);
        var paragraphVectors = vectors.For(lease.GenerationName);
        var (semantic, query, meaningUnavailable) = await SemanticCandidatesAsync(lease, paragraphVectors, draft, language, filter, cancellationToken);
        var documentRows = query is null ? null : paragraphVectors!.DocumentRows(lease.Searcher.IndexReader, IndexFields.Id);

        var matches = new List<PrecedentMatch>();
        foreach (var doc in candidates.Union(semantic.Keys))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (lease.Library.FindParagraph(lease.ParagraphId(doc)) is not var (document, paragraph))
            {
                continue;
            }

            var agreed = WordTokens.Of(paragraph.Text);
            var diff = WordDiff.Compute(agreed, draftTokens);
            var spans = VerbatimSpans.Find(draft, draftTokens, agreed);
            var counterpart = paragraph.CounterpartId is { } cp ? lease.Library.FindParagraph(cp) : null;
            matches.Add(new PrecedentMatch(
                document,
                paragraph,
                diff.Similarity,
                // A candidate found by its words is compared in meaning too, so every candidate is ranked on both.
                semantic.TryGetValue(doc, out var cosine) ? cosine : documentRows is null ? null : paragraphVectors!.Cosine(documentRows, doc, query),
                diff,
                spans,
                counterpart?.Document,
                counterpart?.Paragraph));
        }

        var ranked = matches
            .OrderByDescending(Closeness)
            .ThenByDescending(m => m.Similarity)
            .ThenByDescending(m => m.Verbatim.Sum(s => s.WordCount))
            .ThenBy(m => m.Paragraph.Id, StringComparer.Ordinal)
            .Take(k)
            .ToList();
        var usedMeaning = paragraphVectors is not null && meaningUnavailable is null;
        metrics.PrecedentCompleted(Stopwatch.GetElapsedTime(started), usedMeaning);
        activity?.SetTag("archive.precedent.candidates", matches.Count);
        return new PrecedentResult(language, draftWords, ranked, usedMeaning, meaningUnavailable);
    }

    /// <summary>
    /// How close an agreed paragraph is to the draft: its word similarity s, or, with meaning, 1 − (1 − s)(1 − c) for
    /// a cosine c: either kind of closeness alone raises it and both together more. Wording shared nearly whole still
    /// ranks first (s near 1), and among paragraphs that share little wording the closest meaning decides: for the
    /// README's draft on voluntary return, the return paragraphs (c 0.73-0.75, s 0.2) come before a capacity-building
    /// one that shares more small words (s 0.23) and less meaning.
    /// </summary>
    private static double Closeness(PrecedentMatch match) =>
        match.Semantic is double cosine ? 1 - ((1 - match.Similarity) * (1 - Math.Max(0, cosine))) : match.Similarity;

    /// <summary>Paragraphs sharing the draft's rarer words: a BM25 query of its distinctive terms, any of which may match.</summary>
    private List<int> LexicalCandidates(IndexLease lease, string draft, DocumentLanguage language, Filter? filter)
    {
        var analyzer = analyzers.For(language);
        var field = IndexFields.Text(language);
        var reader = lease.Searcher.IndexReader;
        var terms = ArchiveAnalyzers.Tokens(analyzer, field, draft)
            .Distinct(StringComparer.Ordinal)
            .Select(t => new Term(field, t))
            .Where(t => reader.DocFreq(t) > 0)
            .OrderBy(reader.DocFreq)
            .Take(QueryTerms)
            .ToList();
        if (terms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            query.Add(new TermQuery(term), Occur.SHOULD);
        }

        return [.. lease.Searcher.Search(query, filter, Candidates).ScoreDocs.Select(d => d.Doc)];
    }

    /// <summary>Paragraphs closest in meaning, when embeddings are on; otherwise none, and why.</summary>
    private async Task<(Dictionary<int, double> Cosines, float[]? Query, string? MeaningUnavailable)> SemanticCandidatesAsync(
        IndexLease lease, ParagraphVectors? paragraphVectors, string draft, DocumentLanguage language, Filter? filter, CancellationToken cancellationToken)
    {
        if (embeddings.State == EmbeddingState.Off || paragraphVectors is null)
        {
            return ([], null, embeddings.State == EmbeddingState.Off ? null : embeddings.FailureReason ?? "the paragraph vectors are not ready yet");
        }

        try
        {
            var text = language == DocumentLanguage.Indonesian && !paragraphVectors.Model.Multilingual ? pivot.Translate(draft).Text : draft;
            var query = await embeddings.EmbedQueryAsync(text, cancellationToken);
            var matches = SemanticScan.Run(lease.Searcher.IndexReader, filter, paragraphVectors, query, minimum: -1, Candidates);
            return (matches.Closest.ToDictionary(m => m.Doc, m => m.Cosine), query, null);
        }
        catch (EmbeddingUnavailableException ex)
        {
            return ([], null, ex.Message);
        }
    }
}
