using System.Globalization;
using System.Text;
using Archive.Testing;
using Archive.Core.Documents;
using Archive.Core.Precedent;
using Archive.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Precedent;

/// <summary>
/// Drafts reworked from every agreed paragraph of 30 words or more (a new opening, a dropped clause, an added one):
/// the paragraph they came from must be the first precedent, in both languages.
/// </summary>
public sealed class PrecedentFinderTests(SampleIndexFixture index) : IClassFixture<SampleIndexFixture>
{
    [Theory]
    [InlineData("Ministers agreed.", DocumentLanguage.English)]
    [InlineData("Menteri, sepakat!", DocumentLanguage.Indonesian)]
    public async Task Draft_UnderTheMinimumWords_IsRefusedByTheFinderItself(string draft, DocumentLanguage language)
    {
        var finder = index.Services.GetRequiredService<PrecedentFinder>();

        Assert.True(PrecedentFinder.WordsIn(draft) < PrecedentFinder.MinWords);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => finder.FindAsync(draft, language, 3, TestContext.Current.CancellationToken));
        Assert.Contains($"at least {PrecedentFinder.MinWords} words", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public Task ReworkedParagraphs_FindTheirSourceFirst_InBothLanguages() => ReworkedParagraphsFindTheirSourceFirstAsync(index);

    /// <summary>The reworked drafts against an index (with meaning or without): 98% must find their source first.</summary>
    internal static async Task ReworkedParagraphsFindTheirSourceFirstAsync(IndexFixture index)
    {
        var finder = index.Services.GetRequiredService<PrecedentFinder>();
        var sources = index.Index.Library.Documents.SelectMany(d => d.Paragraphs.Select(p => (Document: d, Paragraph: p)))
            .Where(x => x.Paragraph.Text.Split(' ').Length >= 30)
            .ToList();
        var misses = new List<string>();
        foreach (var (document, paragraph) in sources)
        {
            var words = paragraph.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            var indonesian = document.Language == DocumentLanguage.Indonesian;
            words.RemoveRange(0, 3);
            words.RemoveRange(words.Count / 2, 4);
            words.Insert(0, indonesian ? "Sebagai langkah berikutnya," : "As a next step,");
            words.Add(indonesian ? "dan melaporkan kemajuannya tahun depan." : "and to report on progress next year.");

            var result = await finder.FindAsync(string.Join(' ', words), document.Language, 3, TestContext.Current.CancellationToken);

            // The same text may stand in two documents (a statement repeating its declaration): any of them is right.
            var best = result.Precedents.Count > 0 ? result.Precedents[0] : null;
            if (best is null || best.Paragraph.Text != paragraph.Text)
            {
                misses.Add($"{paragraph.Id} → {best?.Paragraph.Id ?? "nothing"}");
            }
        }

        var found = 1 - (misses.Count / (double)sources.Count);
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{sources.Count - misses.Count} of {sources.Count} reworked paragraphs found their source first ({found:P1})"));
        Assert.True(found >= 0.98, string.Join("\n", misses));
    }

    /// <summary>Verbs a drafter swaps for another of the same weight or a neighbour on the scale.</summary>
    private static readonly (string From, string To)[] VerbSwaps =
    [
        ("agreed", "decided"), ("committed", "pledged"), ("encouraged", "urged"), ("welcomed", "noted"), ("tasked", "asked"),
        ("reaffirmed", "reiterated"), ("recognised", "acknowledged"), ("called", "appealed"),
        ("sepakat", "memutuskan"), ("berkomitmen", "bertekad"), ("mendorong", "mendesak"), ("menyambut", "mencatat"),
        ("menugaskan", "meminta"), ("menegaskan", "menyatakan"), ("mengakui", "memahami"),
    ];

    /// <summary>
    /// The edits a drafter makes to agreed language (every seventh word dropped, the operative verb swapped, the
    /// paragraph cut to its first 45 words), on every second paragraph of 30 words or more: the source must come first
    /// for at least 95% of the drafts in each
    /// language. An exhaustive word-diff ranking (difflib's ratio, 2 × matched words ÷ words of both, against every
    /// paragraph of the language) is measured on the same drafts beside it.
    /// </summary>
    [Fact]
    public async Task EditedParagraphs_FindTheirSourceFirst_BesideAWordDiffBaseline()
    {
        var finder = index.Services.GetRequiredService<PrecedentFinder>();
        var paragraphs = index.Index.Library.Documents.SelectMany(d => d.Paragraphs.Select(p => (Document: d, Paragraph: p))).ToList();
        var report = new StringBuilder("| language | edit | drafts | finder first | word-diff baseline first |\n|---|---|---|---|---|\n");
        var failures = new List<string>();
        foreach (var language in new[] { DocumentLanguage.English, DocumentLanguage.Indonesian })
        {
            var pool = paragraphs.Where(x => x.Document.Language == language).Select(x => (x.Paragraph, Tokens: WordTokens.Of(x.Paragraph.Text))).ToList();
            int drafts = 0, finderFirst = 0, baselineFirst = 0;
            foreach (var (edit, make) in Edits())
            {
                int editDrafts = 0, editFinder = 0, editBaseline = 0;
                // Every second long paragraph: the exhaustive baseline compares each draft with the whole language.
                foreach (var (paragraph, _) in pool.Where(x => x.Tokens.Count(t => t.IsWord) >= 30).Where((_, i) => i % 2 == 0))
                {
                    if (make(paragraph.Text) is not { } draft)
                    {
                        continue;
                    }

                    editDrafts++;
                    var result = await finder.FindAsync(draft, language, 3, TestContext.Current.CancellationToken);
                    // The same text may stand in two documents (a statement repeating its declaration): any of them is right.
                    editFinder += result.Precedents.Count > 0 && result.Precedents[0].Paragraph.Text == paragraph.Text ? 1 : 0;
                    var draftTokens = WordTokens.Of(draft);
                    var best = pool.AsParallel().MaxBy(x => WordDiff.Compute(x.Tokens, draftTokens).Similarity);
                    editBaseline += best.Paragraph.Text == paragraph.Text ? 1 : 0;
                }

                report.AppendLine(CultureInfo.InvariantCulture,
                    $"| {language.ToCode()} | {edit} | {editDrafts} | {editFinder / (double)editDrafts:P1} | {editBaseline / (double)editDrafts:P1} |");
                drafts += editDrafts;
                finderFirst += editFinder;
                baselineFirst += editBaseline;
            }

            var rate = finderFirst / (double)drafts;
            report.AppendLine(CultureInfo.InvariantCulture, $"| {language.ToCode()} | all | {drafts} | {rate:P1} | {baselineFirst / (double)drafts:P1} |");
            if (rate < 0.95)
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"{language.ToCode()}: the source came first for {rate:P1} of the edited drafts"));
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        TestReports.Write("precedent-edits.md", report.ToString());
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + report);
    }

    private static IEnumerable<(string Name, Func<string, string?> Make)> Edits()
    {
        yield return ("every 7th word dropped", text => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where((_, i) => i % 7 != 6)));
        yield return ("operative verb swapped", text =>
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var at = Array.FindIndex(words, w => VerbSwaps.Any(s => s.From.Equals(w, StringComparison.OrdinalIgnoreCase)));
            if (at < 0)
            {
                return null;
            }

            words[at] = VerbSwaps.First(s => s.From.Equals(words[at], StringComparison.OrdinalIgnoreCase)).To;
            return string.Join(' ', words);
        });
        yield return ("cut to 45 words", text =>
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length > 45 ? string.Join(' ', words.Take(45)) : null;
        });
    }
}
