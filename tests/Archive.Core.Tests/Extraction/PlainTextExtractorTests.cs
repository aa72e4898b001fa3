using System.Text;
using Archive.Core.Extraction;

namespace Archive.Core.Tests.Extraction;

public sealed class PlainTextExtractorTests
{
    private readonly PlainTextExtractor _extractor = new();

    [Fact]
    public void Extract_HardWrappedLines_AreJoinedIntoParagraphs()
    {
        const string text = """
            Illustrative Statement
            Bali, 12 May 2025

            Ministers met in Bali to review the cooperation of members against people
            smuggling and trafficking in persons, and to agree on the next steps of
            their work together.
            """;

        var blocks = Extract(text);

        Assert.Equal(
            ["Illustrative Statement", "Bali, 12 May 2025", "Ministers met in Bali to review the cooperation of members against people smuggling and trafficking in persons, and to agree on the next steps of their work together."],
            blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_HardWrappedListWhoseItemsEndWithoutAFullStop_KeepsEveryItem()
    {
        const string text = """
            1. Meningkatkan kerja sama antarnegara dalam pencegahan penyelundupan
            manusia dan perdagangan orang di kawasan, termasuk pertukaran informasi
            2. Memperkuat penegakan hukum terhadap pelaku penyelundupan imigran ilegal
            3. Melakukan
            kerja sama teknis dengan organisasi internasional yang relevan di kawasan
            4. Melindungi korban perdagangan orang
            """;

        var blocks = Extract(text);

        Assert.Equal(["1.", "2.", "3.", "4."], blocks.Select(b => b.Text.Split(' ')[0]));
        Assert.Equal("3. Melakukan kerja sama teknis dengan organisasi internasional yang relevan di kawasan", blocks[2].Text);
    }

    [Fact]
    public void Extract_NumberedItemsWithoutBlankLines_StayApart()
    {
        const string text = """
            1. Ministers agreed to strengthen cooperation on returns and reintegration across
            the region, with the support of IOM.
            2. Ministers tasked the Regional Support Office with a study of good practice:
            (a) on the identification of victims;
            (b) on referral to services.
            """;

        var blocks = Extract(text);

        Assert.Equal(
            [
                "1. Ministers agreed to strengthen cooperation on returns and reintegration across the region, with the support of IOM.",
                "2. Ministers tasked the Regional Support Office with a study of good practice:",
                "(a) on the identification of victims;",
                "(b) on referral to services.",
            ],
            blocks.Select(b => b.Text));
    }

    [Fact]
    public void Extract_NumberWrappedToTheStartOfALine_DoesNotOpenAParagraph()
    {
        const string text = """
            1. Ministers recalled the commitments they made in the Framework and in paragraph
            12. of the Declaration adopted at their previous meeting in the same city.
            2. Ministers thanked the hosts.
            """;

        var blocks = Extract(text);

        Assert.Equal(2, blocks.Count);
        Assert.EndsWith("in paragraph 12. of the Declaration adopted at their previous meeting in the same city.", blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_IndonesianReduplicationAtLineEnd_KeepsItsHyphen()
    {
        const string text = """
            Para Menteri mendorong negara-negara anggota untuk memperkuat kerja sama dan langkah-
            langkah bersama dalam pelindungan korban perdagangan orang di seluruh kawasan ini.
            """;

        var block = Assert.Single(Extract(text));

        Assert.Contains("langkah-langkah bersama", block.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Markdown_KnowsTitleHeadingsAndBullets()
    {
        const string text = "# Illustrative Strategy\n\n## I. Scope\n\n- first point\n- second point\n\n**1.** Ministers agreed.\n";

        var blocks = Extract(text);

        Assert.Equal(BlockStyle.Title, blocks[0].Style);
        Assert.Equal(("I. Scope", BlockStyle.Heading), (blocks[1].Text, blocks[1].Style));
        Assert.Equal(["first point", "second point", "1. Ministers agreed."], blocks.Skip(2).Select(b => b.Text));
    }

    [Fact]
    public void Extract_Latin1File_IsReadWithAWarning()
    {
        var latin1 = Encoding.Latin1.GetBytes("Déclaration illustrative\n\n1. Les ministres ont décidé.\n");

        var extracted = _extractor.Extract(latin1, TestContext.Current.CancellationToken);

        Assert.Equal("Déclaration illustrative", extracted.Blocks[0].Text);
        Assert.Contains(extracted.Warnings, w => w.Contains("not valid UTF-8", StringComparison.Ordinal));
    }

    private List<TextBlock> Extract(string text) =>
        [.. _extractor.Extract(Encoding.UTF8.GetBytes(text), TestContext.Current.CancellationToken).Blocks];
}
