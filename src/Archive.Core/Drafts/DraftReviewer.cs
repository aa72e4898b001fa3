using Archive.Core.Commitments;
using Archive.Core.Documents;
using Archive.Core.Precedent;
using Archive.Core.Structuring;

namespace Archive.Core.Drafts;

/// <summary>
/// Checks a whole draft against agreed text, paragraph by paragraph, as a drafter asks of each: is this agreed
/// language, and what did we change? Each paragraph gets the precedent checker's answer (closest agreed paragraphs,
/// word diff, verbatim spans, the agreed wording in the other language) and the commitments it would make, their
/// strength compared with its source's, so that a draft that turns a decision into an encouragement says so.
/// </summary>
public sealed class DraftReviewer(PrecedentFinder finder, CommitmentExtractor commitments)
{
    /// <summary>Most paragraphs reviewed in one draft (a long statement has about a hundred).</summary>
    public const int MaxParagraphs = 300;

    /// <summary>
    /// Least wording similarity (2 x shared words / words of both) for an agreed paragraph to be a draft paragraph's
    /// source. A paragraph with a weakened verb and a dropped clause keeps 0.66-0.77 with its source on the sample
    /// corpus; paragraphs written anew share boilerplate ("Ministers welcomed the") and stay under 0.3
    /// (DraftReviewerTests).
    /// </summary>
    public const double SourceSimilarity = 0.5;

    /// <summary>
    /// Or: least share of the draft's own words kept in order from the agreed paragraph, for a draft cut down from a
    /// longer one (half its source dropped, the rest kept: 0.88, at a similarity of 0.43). New paragraphs keep at most
    /// 0.56 of theirs from any agreed one, in short courtesy lines.
    /// </summary>
    public const double SourceShare = 0.75;

    // A share of a few words says little: "Ministers agreed to meet" is in many paragraphs.
    private const int ShareMinWords = 8;

    /// <summary>Checks the paragraphs in order; <paramref name="language"/> Unknown detects it from the whole draft.</summary>
    /// <param name="k">Precedents per paragraph.</param>
    /// <exception cref="Indexing.IndexNotReadyException">The index is still being built.</exception>
    public async Task<DraftReview> ReviewAsync(Draft draft, DocumentLanguage language, int k, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(draft.Paragraphs.Count, MaxParagraphs);
        if (language == DocumentLanguage.Unknown)
        {
            var detected = LanguageDetector.Detect(string.Join("\n", draft.Paragraphs.Select(p => p.Text))).Language;
            language = detected == DocumentLanguage.Unknown ? DocumentLanguage.English : detected;
        }

        var self = DraftDocument(draft, language);
        var reviews = new List<DraftParagraphReview>(draft.Paragraphs.Count);
        var (usedMeaning, meaningUnavailable) = (false, (string?)null);
        for (var i = 0; i < draft.Paragraphs.Count; i++)
        {
            var paragraph = draft.Paragraphs[i];
            var asParagraph = self.Paragraphs[i];
            var words = PrecedentFinder.WordsIn(paragraph.Text);
            if (words < PrecedentFinder.MinWords || paragraph.Text.Length > PrecedentFinder.MaxCharacters)
            {
                var why = words < PrecedentFinder.MinWords
                    ? $"fewer than {PrecedentFinder.MinWords} words: too short to compare"
                    : $"longer than {PrecedentFinder.MaxCharacters:N0} characters: more than one paragraph";
                reviews.Add(new DraftParagraphReview(i + 1, paragraph, DraftStatus.Skipped, [], [], [], why));
                continue;
            }

            var found = await finder.FindAsync(paragraph.Text, language, k, cancellationToken);
            usedMeaning |= found.UsedMeaning;
            meaningUnavailable ??= found.MeaningUnavailable;
            var own = commitments.Extract(self, asParagraph);
            // The source is the closest wording, first even where meaning ranks another paragraph above it.
            var source = found.Precedents.MaxBy(p => p.Similarity) is { } closest && IsSource(closest, words) ? closest
                : found.Precedents.MaxBy(p => p.Diff.UnchangedWords) is { } keeps && IsSource(keeps, words) ? keeps : null;
            var precedents = source is null ? found.Precedents : [source, .. found.Precedents.Where(p => p != source)];
            var status = source is null ? DraftStatus.New : source.Diff.Runs.All(r => r.Operation == DiffOperation.Unchanged) ? DraftStatus.Verbatim : DraftStatus.Edited;
            var theirs = source is null ? [] : commitments.Extract(source.Document, source.Paragraph);
            reviews.Add(new DraftParagraphReview(i + 1, paragraph, status, precedents, own, theirs));
        }

        return new DraftReview(draft, language, reviews, usedMeaning, meaningUnavailable);
    }

    private static bool IsSource(PrecedentMatch match, int draftWords) =>
        match.Similarity >= SourceSimilarity || (draftWords >= ShareMinWords && (double)match.Diff.UnchangedWords / draftWords >= SourceShare);

    /// <summary>The draft as a document of the archive's own shape, so that the commitment rules read it as they read agreed text.</summary>
    private static ArchiveDocument DraftDocument(Draft draft, DocumentLanguage language)
    {
        const string Id = "draft";
        var paragraphs = draft.Paragraphs.Select((p, i) =>
        {
            var anchor = "p" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new Paragraph(DocumentIdentity.ParagraphId(Id, anchor), anchor, p.Number, i + 1, null, null, [], p.Text, string.Empty);
        }).ToList();
        var metadata = new DocumentMetadata(DocumentType.Other, draft.Title ?? "Draft", null, null, null, null, Sample: false);
        return new ArchiveDocument(Id, Id, "draft", language, metadata, null, 1, string.Empty, paragraphs, [], []);
    }
}
