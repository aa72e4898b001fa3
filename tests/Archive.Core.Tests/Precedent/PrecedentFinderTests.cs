using System.Globalization;
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
    public async Task ReworkedParagraphs_FindTheirSourceFirst_InBothLanguages()
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
}
