using Archive.Contracts;
using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

/// <summary>The parts of a hit's text a results page shows (Core) and how they are rendered (Contracts' HitHtml).</summary>
public sealed class HitTextTests
{
    private const string Paragraph = "Ministers met in Bali. They agreed on the voluntary return of migrants & refugees. "
        + "They noted the report. They asked officials to plan reintegration support.";

    [Fact]
    public void Snippet_KeepsTheMarkedSentences_WithAnEllipsisWhereTextWasLeftOut()
    {
        var snippet = Snippet(Paragraph, [Mark("return"), Mark("reintegration")]);

        Assert.Equal("… They agreed on the voluntary <mark>return</mark> of migrants &amp; refugees. … They asked officials to plan <mark>reintegration</mark> support.", snippet);
    }

    [Fact]
    public void Snippet_OfAdjacentSentences_JoinsThemWithoutAnEllipsis_AndEndsWithOneWhenTextFollows()
    {
        var snippet = Snippet(Paragraph, [Mark("Bali"), Mark("agreed")]);

        Assert.Equal("Ministers met in <mark>Bali</mark>. They <mark>agreed</mark> on the voluntary return of migrants &amp; refugees. …", snippet);
    }

    [Fact]
    public void Snippet_WithoutMarks_IsTheFirstSentence()
    {
        Assert.Equal("Ministers met in Bali. …", Snippet(Paragraph, []));
    }

    [Fact]
    public void Snippet_OfALongSentence_IsCutAtWordsAroundItsFirstMark_NeverInsideAMark()
    {
        var words = string.Join(' ', Enumerable.Range(1, 120).Select(i => $"word{i}"));
        var text = words.Replace("word70", "trafficking in persons", StringComparison.Ordinal) + ".";
        var start = text.IndexOf("trafficking", StringComparison.Ordinal);

        var snippet = Snippet(text, [(start, start + "trafficking in persons".Length)]);

        Assert.StartsWith("… word", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>trafficking in persons</mark>", snippet, StringComparison.Ordinal);
        var visible = snippet.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal);
        Assert.InRange(visible.Length, 100, HitText.SnippetLength + 4);
        Assert.DoesNotMatch(@"\bwor\b|\bword\b", visible);
    }

    [Fact]
    public void Snippet_KeepsTheSentencesWithMostMarks_WhenAllWouldBeTooLong()
    {
        var sentences = Enumerable.Range(1, 6).Select(i => $"Sentence {i} says {string.Join(' ', Enumerable.Repeat("something", 12))} about returns.").ToList();
        var text = string.Join(' ', sentences);
        var marks = new List<(int, int)>();
        foreach (var sentence in sentences)
        {
            var at = text.IndexOf(sentence, StringComparison.Ordinal) + sentence.IndexOf("returns", StringComparison.Ordinal);
            marks.Add((at, at + 7));
        }

        var third = text.IndexOf("Sentence 3", StringComparison.Ordinal) + "Sentence 3 says ".Length;
        marks.Add((third, third + 9));
        marks.Sort();

        var snippet = Snippet(text, marks);

        // Sentence 3 has two marks; of the others, with one each, the first fits beside it.
        Assert.StartsWith("Sentence 1 says", snippet, StringComparison.Ordinal);
        Assert.Contains(" … Sentence 3 says <mark>something</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("Sentence 2", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" …", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal).Length <= HitText.SnippetLength + 8);
    }

    [Fact]
    public void Html_IsTheWholeTextEncoded_WithEveryMark()
    {
        Assert.Equal("Ministers met in Bali. They agreed on the voluntary <mark>return</mark> of migrants &amp; refugees. They noted the report. They asked officials to plan reintegration support.",
            HitHtml.Highlight(Paragraph, [Mark("return")]));
    }

    private static string Snippet(string text, IReadOnlyList<(int Start, int End)> marks) =>
        HitHtml.Snippet(text, HitText.SnippetParts(text, marks), marks);

    private static (int Start, int End) Mark(string word)
    {
        var at = Paragraph.IndexOf(word, StringComparison.Ordinal);
        return (at, at + word.Length);
    }
}
