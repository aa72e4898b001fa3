using Archive.Core.Documents;
using Archive.Core.Precedent;
using Archive.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Core.Tests.Precedent;

/// <summary>The precedent checker with the bundled embedding model: meaning ranks where wording is weak, and never displaces a source.</summary>
public sealed class PrecedentWithMeaningTests(SemanticIndexFixture index) : IClassFixture<SemanticIndexFixture>
{
    [Fact]
    public Task ReworkedParagraphs_StillFindTheirSourceFirst() => PrecedentFinderTests.ReworkedParagraphsFindTheirSourceFirstAsync(index);

    /// <summary>The README's example: a draft in words no agreed paragraph shares much of, about voluntary return.</summary>
    [Theory]
    [InlineData("Ministers agreed to strengthen cooperation on the safe and voluntary return of migrants.", DocumentLanguage.English, "return")]
    [InlineData("Para Menteri sepakat untuk memperkuat kerja sama dalam pemulangan migran secara aman dan sukarela.", DocumentLanguage.Indonesian, "pemulangan")]
    public async Task DraftInOtherWords_RanksTheClosestMeaningFirst(string draft, DocumentLanguage language, string topicWord)
    {
        var finder = index.Services.GetRequiredService<PrecedentFinder>();

        var result = await finder.FindAsync(draft, language, 5, TestContext.Current.CancellationToken);

        Assert.True(result.UsedMeaning);
        var first = result.Precedents[0];
        Assert.All(result.Precedents, p => Assert.True(p.Similarity < 0.5, $"{p.Paragraph.Id} shares {p.Similarity:0.00} of its wording"));
        // With weak wording everywhere, no precedent below the first is closer in meaning by a clear margin.
        Assert.All(result.Precedents.Skip(1), p => Assert.True(p.Semantic <= first.Semantic + 0.02, $"{p.Paragraph.Id} ({p.Semantic:0.00}) is closer in meaning than {first.Paragraph.Id} ({first.Semantic:0.00})"));
        Assert.Contains(topicWord, first.Paragraph.Text, StringComparison.OrdinalIgnoreCase);
    }
}
