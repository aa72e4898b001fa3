using Archive.Core.Analysis;
using Archive.Core.Documents;
using Archive.Core.Text;
using Lucene.Net.Analysis;

namespace Archive.Core.Translation;

/// <summary>
/// The parallel text of a library: each English paragraph and its Indonesian counterpart as analysed terms (stemmed,
/// stop words removed, as the text fields index them), sentence by sentence when both have as many sentences, else
/// whole. Sentences make a word's possible translations fewer, which is what the alignment model learns from.
/// </summary>
internal sealed class AlignedCorpus
{
    private AlignedCorpus(Vocabulary english, Vocabulary indonesian, List<AlignedSegment> segments)
    {
        English = english;
        Indonesian = indonesian;
        Segments = segments;
    }

    public Vocabulary English { get; }

    public Vocabulary Indonesian { get; }

    public IReadOnlyList<AlignedSegment> Segments { get; }

    public static AlignedCorpus From(DocumentLibrary library, ArchiveAnalyzers analyzers, CancellationToken cancellationToken)
    {
        var english = new Vocabulary();
        var indonesian = new Vocabulary();
        var segments = new List<AlignedSegment>();
        foreach (var (_, paragraph, _, counterpart) in AlignedPairs.In(library))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var englishSentences = Sentences.Spans(paragraph.Text);
            var indonesianSentences = Sentences.Spans(counterpart.Text);
            var pairs = englishSentences.Count == indonesianSentences.Count
                ? englishSentences.Zip(indonesianSentences)
                : [((0, paragraph.Text.Length), (0, counterpart.Text.Length))];
            foreach (var (en, idSpan) in pairs)
            {
                var segment = new AlignedSegment(
                    Terms(analyzers.English, paragraph.Text, en, english),
                    Terms(analyzers.Indonesian, counterpart.Text, idSpan, indonesian));
                if (segment.English.Length > 0 && segment.Indonesian.Length > 0)
                {
                    segments.Add(segment);
                }
            }
        }

        return new AlignedCorpus(english, indonesian, segments);
    }

    private static int[] Terms(Analyzer analyzer, string text, (int Start, int End) span, Vocabulary vocabulary)
    {
        var sentence = text[span.Start..span.End];
        return [.. ArchiveAnalyzers.Analyze(analyzer, "lexicon", sentence)
            .Select(t => vocabulary.Add(t.Term, sentence[t.StartOffset..t.EndOffset].ToLowerInvariant()))];
    }
}
