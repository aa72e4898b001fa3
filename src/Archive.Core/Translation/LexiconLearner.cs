using Archive.Core.Analysis;
using Archive.Core.Documents;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Translation;

/// <summary>
/// Learns a <see cref="TranslationLexicon"/> from a library's aligned paragraphs, which are a parallel corpus: IBM
/// Model 1 in both directions over the analysed terms of aligned sentences, then each sentence's most likely
/// alignment in each direction, keeping only the links both directions agree on (their intersection: fewer links,
/// but rarely wrong ones). A translation is kept when the two terms were linked in at least <see cref="MinLinks"/>
/// sentences and in at least <see cref="MinProbability"/> of the sentences holding the source term; at most
/// <see cref="MaxTranslations"/> per term. Stop words never take part (the analyzers remove them), and a term that
/// reads the same in both languages (names, numbers, acronyms) needs no entry.
/// </summary>
public sealed partial class LexiconLearner(ArchiveAnalyzers analyzers, ILogger<LexiconLearner> logger)
{
    /// <summary>Rounds of expectation-maximisation per direction. Model 1 has a single optimum; 8 rounds come close to it.</summary>
    public const int Iterations = 8;

    /// <summary>Fewest sentences in which two terms must be linked: one sentence is a coincidence.</summary>
    public const int MinLinks = 2;

    /// <summary>Least share of the sentences holding a term in which it must be linked with a translation.</summary>
    public const double MinProbability = 0.5;

    /// <summary>Most translations kept per term.</summary>
    public const int MaxTranslations = 3;

    public TranslationLexicon Learn(DocumentLibrary library, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(library);
        var corpus = AlignedCorpus.From(library, analyzers, cancellationToken);
        var indonesianGivenEnglish = ModelOne.Train([.. corpus.Segments.Select(s => (s.English, s.Indonesian))], Iterations, cancellationToken);
        var englishGivenIndonesian = ModelOne.Train([.. corpus.Segments.Select(s => (s.Indonesian, s.English))], Iterations, cancellationToken);

        var links = new Dictionary<(int English, int Indonesian), int>();
        var englishSegments = new Dictionary<int, int>();
        var indonesianSegments = new Dictionary<int, int>();
        for (var i = 0; i < corpus.Segments.Count; i++)
        {
            // The links both directions agree on: an Indonesian term whose likeliest source is an English term whose
            // own likeliest source is that Indonesian term.
            var segment = corpus.Segments[i];
            var toIndonesian = englishGivenIndonesian.Align(i)
                .Select((indonesian, position) => (English: segment.English[position], Indonesian: indonesian))
                .ToHashSet();
            var agreed = indonesianGivenEnglish.Align(i)
                .Select((english, position) => (English: english, Indonesian: segment.Indonesian[position]))
                .Where(toIndonesian.Contains)
                .Distinct();
            foreach (var link in agreed)
            {
                links[link] = links.GetValueOrDefault(link) + 1;
            }

            Count(indonesianSegments, segment.Indonesian);
            Count(englishSegments, segment.English);
        }

        var entries = new Dictionary<(DocumentLanguage From, string Term), IReadOnlyList<LearnedTranslation>>();
        Keep(entries, DocumentLanguage.English, links.Select(l => (l.Key.English, l.Key.Indonesian, l.Value)), englishSegments, corpus.English, corpus.Indonesian);
        Keep(entries, DocumentLanguage.Indonesian, links.Select(l => (l.Key.Indonesian, l.Key.English, l.Value)), indonesianSegments, corpus.Indonesian, corpus.English);
        LogLearned(logger, corpus.Segments.Count, entries.Count);
        return new TranslationLexicon(entries);
    }

    private static void Count(Dictionary<int, int> segments, int[] terms)
    {
        foreach (var term in terms.Distinct())
        {
            segments[term] = segments.GetValueOrDefault(term) + 1;
        }
    }

    private static void Keep(
        Dictionary<(DocumentLanguage From, string Term), IReadOnlyList<LearnedTranslation>> entries,
        DocumentLanguage from,
        IEnumerable<(int Source, int Target, int Links)> links,
        Dictionary<int, int> sourceSegments,
        Vocabulary sources,
        Vocabulary targets)
    {
        foreach (var bySource in links.GroupBy(l => l.Source))
        {
            var term = sources.Term(bySource.Key);
            var kept = bySource
                .Select(l => (Term: targets.Term(l.Target), l.Target, l.Links, Probability: (double)l.Links / sourceSegments[l.Source]))
                .Where(t => t.Links >= MinLinks && t.Probability >= MinProbability && t.Term != term)
                .OrderByDescending(t => t.Probability).ThenBy(t => t.Term, StringComparer.Ordinal)
                .Take(MaxTranslations)
                .Select(t => new LearnedTranslation(t.Term, targets.Word(t.Target), t.Probability, t.Links))
                .ToList();
            if (kept.Count > 0)
            {
                entries[(from, term)] = kept;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Learned a translation lexicon from {Segments} aligned sentences: {Terms} terms with translations")]
    private static partial void LogLearned(ILogger logger, int segments, int terms);
}
