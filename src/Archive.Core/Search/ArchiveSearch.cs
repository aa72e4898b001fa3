using System.Diagnostics;
using Archive.Core.Documents;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Archive.Core.Telemetry;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;

namespace Archive.Core.Search;

/// <summary>
/// Search in the three modes, the one entry: the request is validated, the query parsed and a generation leased once,
/// and every stage runs in them. <b>Lexical</b> is <see cref="ParagraphSearcher"/>. <b>Hybrid</b> takes the lexical top
/// <see cref="EmbeddingOptions.Candidates"/> and the semantic top as many, and ranks them by reciprocal rank fusion
/// (which beat a weighted sum of normalised scores on the relevance set), counting meaning only where the model can
/// compare the texts (<see cref="HybridFusion"/>). <b>Semantic</b> compares every paragraph with the query.
/// When the paragraph vectors or the query's vector cannot be had (provider off, down, or still embedding), the
/// search is lexical and says why in <see cref="SearchResult.MeaningUnavailable"/>.
/// </summary>
public sealed class ArchiveSearch(
    ParagraphSearcher lexical,
    LiveIndex index,
    EmbeddingService embeddings,
    ParagraphVectorStore vectors,
    QueryMeaning meaning,
    IOptions<EmbeddingOptions> options,
    ArchiveMetrics metrics)
{
    /// <summary>
    /// Weight of the semantic ranking in hybrid fusion for a query the model reads whole; the lexical ranking has the
    /// rest. Measured on the relevance set: 0.5 beats 0.6 and 0.7 on every kind but paraphrase (see docs/decisions.md).
    /// </summary>
    public const double SemanticWeight = 0.5;

    private readonly EmbeddingOptions _options = options.Value;

    /// <summary>The mode used when a request names none.</summary>
    public SearchMode DefaultMode => embeddings.State == EmbeddingState.Off ? SearchMode.Lexical : SearchMode.Hybrid;

    /// <exception cref="QuerySyntaxException">The query cannot be read.</exception>
    /// <exception cref="IndexNotReadyException">The index is still being built.</exception>
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var mode = request.Mode ?? DefaultMode;
        using var activity = ArchiveMetrics.Activities.StartActivity("archive.search");
        var started = Stopwatch.GetTimestamp();
        var result = await SearchInModeAsync(request, mode, cancellationToken);
        var ran = result.Mode.ToString().ToLowerInvariant();
        metrics.SearchCompleted(ran, Stopwatch.GetElapsedTime(started), result.Hits.Count, result.Relaxed, result.MeaningUnavailable is not null);
        activity?.SetTag("archive.search.mode", ran);
        activity?.SetTag("archive.search.hits", result.Hits.Count);
        activity?.SetTag("archive.search.total", result.Total);
        return result;
    }

    private async Task<SearchResult> SearchInModeAsync(SearchRequest request, SearchMode mode, CancellationToken cancellationToken)
    {
        // Parsed once and searched in one generation, whichever stage answers: a fallback to lexical stays in it.
        var parsed = QuerySyntax.Parse(request.Query);
        using var lease = index.Acquire();
        if (mode == SearchMode.Lexical)
        {
            return lexical.Search(lease, parsed, request, cancellationToken);
        }

        var paragraphVectors = vectors.For(lease.GenerationName);
        if (Unavailable(paragraphVectors) is { } reason)
        {
            return lexical.Search(lease, parsed, request, cancellationToken) with { MeaningUnavailable = reason };
        }

        try
        {
            return mode == SearchMode.Hybrid
                ? await HybridAsync(lease, parsed, request, paragraphVectors!, cancellationToken)
                : await SemanticAsync(lease, parsed, request, paragraphVectors!, cancellationToken);
        }
        catch (EmbeddingUnavailableException ex)
        {
            return lexical.Search(lease, parsed, request, cancellationToken) with { MeaningUnavailable = ex.Message };
        }
    }

    private string? Unavailable(ParagraphVectors? paragraphVectors) => embeddings.State switch
    {
        EmbeddingState.Off => "embeddings are off (Embeddings:Provider is none)",
        EmbeddingState.Degraded => $"the embedding provider is failing: {embeddings.FailureReason}",
        _ when paragraphVectors is null => "the paragraph vectors of this index generation are not ready yet",
        _ => null,
    };

    private async Task<SearchResult> HybridAsync(IndexLease lease, ParsedQuery parsed, SearchRequest request, ParagraphVectors paragraphVectors, CancellationToken cancellationToken)
    {
        // Collapsing happens after fusion, over the fused order: the lexical pass keeps every paragraph.
        var reader = lease.Searcher.IndexReader;
        var window = Math.Max(_options.Candidates, request.Offset + request.K);
        var lexicalMatches = new FixedBitSet(reader.MaxDoc);
        var found = lexical.LexicalMatches(lease, parsed, request with { CollapseDocuments = false, Sort = SearchSort.Relevance }, 0, window, cancellationToken, lexicalMatches);
        // A relaxed search's hits have only some of the words: each counts in the fusion by the share it has.
        var lexicalWeight = found.WordShares(lease.Searcher);
        // Meaning counts as far as the model can read the query: not at all when it can read none of it.
        var read = meaning.Read(lease, parsed, paragraphVectors.Model);
        float[]? query = null;
        var semantic = new SemanticMatches(new FixedBitSet(reader.MaxDoc), []);
        var untranslated = paragraphVectors.Model.Multilingual ? null : UntranslatedIndonesian();
        if (read.Readable > 0)
        {
            query = await meaning.VectorAsync(read, paragraphVectors, () => QueryMeaning.Feedback(lease, found.Docs, lexicalWeight), cancellationToken);
            semantic = Scan(lease, request, paragraphVectors, query, window, untranslated);
        }

        var blind = untranslated is null ? new HashSet<int>()
            : QueryMatches.Among(lease.Searcher, untranslated, [.. found.Docs.Select(d => d.Doc).Order()]).Select(m => m.Doc).ToHashSet();
        var documentRows = paragraphVectors.DocumentRows(reader, IndexFields.Id);
        double? CosineOf(int doc) => query is null || blind.Contains(doc) ? null : paragraphVectors.Cosine(documentRows, doc, query);
        var fused = HybridFusion.Rank(found.Docs, lexicalWeight, semantic.Closest, SemanticWeight * read.Readable, HasPhrase(parsed), blind, CosineOf);

        // Matches are the paragraphs that have the words or the meaning; facets count them all.
        var matches = semantic.All;
        matches.Or(lexicalMatches);
        IEnumerable<RankedDoc> ordered = fused;
        if (request.Sort != SearchSort.Relevance)
        {
            // By date, every match is in order, ranked or not; what ranked it is reported where known.
            var ranked = fused.ToDictionary(r => r.Doc);
            ordered = HitOrdering.ByDate(reader, HitOrdering.LuceneDocs(matches), request.Sort).Select(doc => ranked.GetValueOrDefault(doc)
                ?? new RankedDoc(doc, 0, new HitScores(null, null, CosineOf(doc), null)));
        }

        var total = matches.Cardinality;
        if (request.CollapseDocuments)
        {
            ordered = HitOrdering.FirstPerDocument(reader, ordered, r => r.Doc);
            total = HitOrdering.DistinctDocuments(reader, matches);
        }

        var page = ordered.Skip(request.Offset).Take(request.K).ToList();
        return new SearchResult(total, found.Relaxed, SearchHits.Build(lease, found.TaggedClauses, page), Facets(reader, matches), SearchMode.Hybrid, lease.Served);
    }

    /// <summary>
    /// Indonesian paragraphs without a counterpart: an English-only model has only their glossary translation's
    /// vector, mostly Indonesian words it cannot read, so hybrid ranking takes no meaning from it.
    /// </summary>
    private static BooleanQuery UntranslatedIndonesian() => new()
    {
        { new TermQuery(new Term(IndexFields.Language, DocumentLanguage.Indonesian.ToCode())), Occur.MUST },
        { new TermQuery(new Term(IndexFields.Paired, "false")), Occur.MUST },
    };

    private static bool HasPhrase(ParsedQuery parsed) => parsed.Groups.SelectMany(g => g.Alternatives).Any(a => a.IsPhrase);

    private async Task<SearchResult> SemanticAsync(IndexLease lease, ParsedQuery parsed, SearchRequest request, ParagraphVectors paragraphVectors, CancellationToken cancellationToken)
    {
        var query = await meaning.VectorAsync(meaning.Read(lease, parsed, paragraphVectors.Model), paragraphVectors, () => BestLexicalHits(lease, parsed, request, cancellationToken), cancellationToken);
        var reader = lease.Searcher.IndexReader;
        // Only the page is ranked, unless every match must be ordered (by date) or collapsed into documents first.
        var everything = request.Sort != SearchSort.Relevance || request.CollapseDocuments;
        var semantic = Scan(lease, request, paragraphVectors, query, everything ? reader.MaxDoc : request.Offset + request.K);
        var matches = semantic.All;
        var ordered = request.Sort == SearchSort.Relevance ? [.. semantic.Closest]
            : HitOrdering.ByDate(reader, semantic.Closest.Select(m => m.Doc), request.Sort).Join(semantic.Closest, doc => doc, m => m.Doc, (_, m) => m).ToList();
        var total = matches.Cardinality;
        if (request.CollapseDocuments)
        {
            ordered = [.. HitOrdering.FirstPerDocument(reader, ordered, m => m.Doc)];
            total = ordered.Count;
        }

        var page = ordered.Skip(request.Offset).Take(request.K)
            .Select(m => new RankedDoc(m.Doc, m.Cosine, new HitScores(null, null, m.Cosine, m.Rank)))
            .ToList();
        return new SearchResult(total, false, SearchHits.Build(lease, lexical.TaggedClauses(lease, parsed, request), page), Facets(reader, matches), SearchMode.Semantic, lease.Served);
    }

    /// <summary>The paragraphs the filters let through that are at least <see cref="EmbeddingOptions.MinSimilarity"/> alike; the closest <paramref name="limit"/> in order.</summary>
    /// <param name="excluded">Paragraphs left out as well, if any.</param>
    private SemanticMatches Scan(IndexLease lease, SearchRequest request, ParagraphVectors paragraphVectors, float[] query, int limit, Query? excluded = null) =>
        SemanticScan.Run(lease.Searcher.IndexReader, SearchFilters.For(request, excluded), paragraphVectors, query, _options.MinSimilarity, limit);

    /// <summary>Facet counts over a set of matches given by index-wide document number.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets(IndexReader reader, FixedBitSet matches)
    {
        var facets = new FacetCollector();
        foreach (var leaf in reader.Leaves)
        {
            facets.SetNextReader(leaf);
            var end = leaf.DocBase + leaf.Reader.MaxDoc;
            for (var doc = matches.NextSetBit(leaf.DocBase); doc >= 0 && doc < end; doc = doc + 1 < matches.Length ? matches.NextSetBit(doc + 1) : -1)
            {
                facets.Collect(doc - leaf.DocBase);
            }
        }

        return facets.Facets();
    }

    /// <summary>The ids of the query's best lexical hits in semantic mode; none when it has only common words.</summary>
    private IEnumerable<string> BestLexicalHits(IndexLease lease, ParsedQuery parsed, SearchRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var found = lexical.LexicalMatches(lease, parsed, request, 0, _options.Candidates, cancellationToken);
            return QueryMeaning.Feedback(lease, found.Docs, found.WordShares(lease.Searcher));
        }
        catch (QuerySyntaxException)
        {
            return [];
        }
    }
}
