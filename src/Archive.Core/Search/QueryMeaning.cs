using System.Numerics.Tensors;
using Archive.Core.Analysis;
using Archive.Core.Embeddings;
using Archive.Core.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// A query as the embedding model reads it. For an English-only model an Indonesian query is put into English through
/// the glossary and the generation's learned lexicon (<see cref="EnglishPivot"/>), and the vector of a query so put
/// into English is averaged with those of its best lexical hits (whose vectors are English text).
/// </summary>
public sealed class QueryMeaning(EmbeddingService embeddings, EnglishPivot pivot, ArchiveAnalyzers analyzers)
{
    // Lexical hits whose meaning is averaged into a pivoted (Indonesian) query's vector, and their weight.
    private const int FeedbackHits = 3;
    private const float FeedbackWeight = 0.5f;

    /// <summary>
    /// The words searched for as the model will read them, and the share of them it can. A word counts as Indonesian
    /// when the generation has it in Indonesian text and not in English text.
    /// </summary>
    internal PivotedText Read(IndexLease lease, ParsedQuery parsed, EmbeddingModel model)
    {
        var words = string.Join(' ', parsed.Groups.SelectMany(g => g.Alternatives).SelectMany(a => a.Words));
        if (model.Multilingual)
        {
            return new PivotedText(words, 0, 1);
        }

        var reader = lease.Searcher.IndexReader;
        bool Used(string field, Analyzer analyzer, string word) =>
            ArchiveAnalyzers.Tokens(analyzer, field, word) is [var term] && reader.DocFreq(new Term(field, term)) > 0;
        return pivot.Translate(words, lease.Lexicon, word =>
            Used(IndexFields.TextIndonesian, analyzers.Indonesian, word) && !Used(IndexFields.TextEnglish, analyzers.English, word));
    }

    /// <summary>The query's vector; one put into English takes in the meaning of its best lexical hits.</summary>
    /// <param name="feedbackIds">The best lexical hits' paragraph ids, asked for only when the query was put into English.</param>
    internal async Task<float[]> VectorAsync(PivotedText pivoted, ParagraphVectors paragraphVectors, Func<IEnumerable<string>> feedbackIds, CancellationToken cancellationToken)
    {
        var query = await embeddings.EmbedQueryAsync(pivoted.Text, cancellationToken);
        if (pivoted.Translated == 0)
        {
            return query;
        }

        foreach (var id in feedbackIds())
        {
            if (paragraphVectors.Of(id) is { IsEmpty: false } hit)
            {
                TensorPrimitives.MultiplyAdd(hit, FeedbackWeight / FeedbackHits, query, query);
            }
        }

        EmbeddingService.Normalize(query);
        return query;
    }

    /// <summary>
    /// The best lexical hits whose meaning a pivoted query takes in: of a relaxed search the best of those with the
    /// most of the words, since a paragraph sharing one word of the query says little about what it means.
    /// </summary>
    internal static List<string> Feedback(IndexLease lease, IEnumerable<ScoreDoc> docs, Dictionary<int, double>? shares)
    {
        var most = shares is { Count: > 0 } ? shares.Values.Max() : 0;
        return [.. docs.Where(d => shares is null || shares.GetValueOrDefault(d.Doc) >= most).Take(FeedbackHits).Select(d => lease.ParagraphId(d.Doc))];
    }
}
