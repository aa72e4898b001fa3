using Archive.Core.Extraction;
using Archive.Core.Structuring;

namespace Archive.Core.Tests.Structuring;

public sealed class DocumentStructurerTests
{
    [Fact]
    public void Structure_OutcomeDocument_FindsTitlePreambleSectionsParagraphsAndSubItems()
    {
        var structured = DocumentStructurer.Structure(
        [
            Block("Illustrative Co-Chairs' Statement", BlockStyle.Bold | BlockStyle.Centered),
            Block("Nusa Dua, Bali, 23 March 2016", BlockStyle.Centered),
            Block("The Conference was held in Bali and co-chaired by Indonesia and Australia."),
            Block("I. Decisions of Ministers", BlockStyle.Bold),
            Block("1. Ministers decided:"),
            Block("(a) to keep the Ad Hoc Group;"),
            Block("(b) to review its work."),
            Block("2. Ministers thanked the hosts."),
        ]);

        Assert.Equal(["Illustrative Co-Chairs' Statement", "Nusa Dua, Bali, 23 March 2016"], structured.TitleLines);
        Assert.Equal(["u1", "p1", "p2"], structured.Paragraphs.Select(p => p.Anchor));
        Assert.Null(structured.Paragraphs[0].Section);
        Assert.Equal("Ministers decided:\n(a) to keep the Ad Hoc Group;\n(b) to review its work.", structured.Paragraphs[1].Text);
        Assert.Equal("I. Decisions of Ministers", structured.Paragraphs[1].Section);
        Assert.Empty(structured.Warnings);
    }

    [Fact]
    public void Structure_AttachmentHeading_RestartsNumberingUnderItsLetter()
    {
        var structured = DocumentStructurer.Structure(
        [
            Block("Title", BlockStyle.Bold),
            Block("1. First."),
            Block("2. Second."),
            Block("Lampiran B: Pengaturan", BlockStyle.Bold),
            Block("1. Pertama."),
        ]);

        Assert.Equal(["p1", "p2", "B-p1"], structured.Paragraphs.Select(p => p.Anchor));
        Assert.Equal("B", structured.Paragraphs[2].Attachment);
        Assert.Empty(structured.Warnings);
    }

    [Fact]
    public void Structure_ListNestedInAParagraph_BelongsToIt_WhileAnAnnexRestartStaysOnItsOwn()
    {
        var structured = DocumentStructurer.Structure(
        [
            Block("Title", BlockStyle.Bold),
            Block("5. Ministers met in Bali."),
            Block("6. The agenda of the meeting is as follows:"),
            Block("1. Opening of the meeting."),
            Block("2. Review of cooperation:"),
            Block("(a) on returns;"),
            Block("3. Closing."),
            Block("IV. Organization"),
            Block("7. The meeting will be open to members."),
            Block("ANNEX I Rules"),
            Block("1. The Chair shall open each meeting."),
            Block("2. The Chair shall close each meeting."),
        ]);

        Assert.Equal(["p5", "p6", "p7", "I-p1", "I-p2"], structured.Paragraphs.Select(p => p.Anchor));
        Assert.Equal(
            "The agenda of the meeting is as follows:\n1. Opening of the meeting.\n2. Review of cooperation:\n(a) on returns;\n3. Closing.",
            structured.Paragraphs[1].Text);
        Assert.DoesNotContain(structured.Warnings, w => w.Contains("restarts", StringComparison.Ordinal));
    }

    [Fact]
    public void Structure_ShortNumberedLineBelowTheParagraphNumbers_IsASubSectionHeading_UnlessAListWasAnnounced()
    {
        var structured = DocumentStructurer.Structure(
        [
            Block("Title", BlockStyle.Bold),
            Block("61. Training continued in every member country."),
            Block("62. The programme was evaluated in full."),
            Block("2. Policy seminars"),
            Block("63. Some seminars were held."),
            Block("64. The following were agreed:"),
            Block("1. Terms of reference;"),
            Block("2. Work plan."),
            Block("65. Work began."),
        ]);

        Assert.Equal(["p61", "p62", "p63", "p64", "p65"], structured.Paragraphs.Select(p => p.Anchor));
        Assert.Equal("2. Policy seminars", structured.Paragraphs[2].Section);
        Assert.Equal("The following were agreed:\n1. Terms of reference;\n2. Work plan.", structured.Paragraphs[3].Text);
    }

    [Fact]
    public void Structure_LetteredHeadingAfterTheTitle_IsNotPartOfTheTitle()
    {
        var structured = DocumentStructurer.Structure(
            [Block("Illustrative Report", BlockStyle.Bold | BlockStyle.Centered), Block("A. Introduction", BlockStyle.Bold), Block("1. First.")]);

        Assert.Equal(["Illustrative Report"], structured.TitleLines);
        Assert.Equal("A. Introduction", structured.Paragraphs[0].Section);
    }

    [Fact]
    public void Structure_LowerCaseAnnexInASentence_OpensNoAttachment()
    {
        var structured = DocumentStructurer.Structure([Block("Title", BlockStyle.Bold), Block("1. First."), Block("annex V, sect. A."), Block("2. Second.")]);

        Assert.All(structured.Paragraphs, p => Assert.Null(p.Attachment));
    }

    [Fact]
    public void Structure_IndonesianRegulation_CitesArticlesWithTheirAyatAndKeepsThePenjelasanApart()
    {
        var structured = DocumentStructurer.Structure(
        [
            Block("PERATURAN CONTOH NOMOR 1 TAHUN 2024", BlockStyle.Bold | BlockStyle.Centered),
            Block("Menimbang : a. bahwa kerja sama kawasan perlu diperkuat;"),
            Block("b. bahwa perlu ditetapkan peraturan;"),
            Block("Mengingat : 1. Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian;"),
            Block("2. Undang-Undang Nomor 21 Tahun 2007;"),
            Block("MEMUTUSKAN:", BlockStyle.Bold),
            Block("Pasal 1"),
            Block("Dalam peraturan ini yang dimaksud dengan:"),
            Block("1. Korban adalah seseorang yang mengalami penderitaan."),
            Block("2. Pendamping adalah petugas yang ditunjuk."),
            Block("Pasal 2"),
            Block("(1) Pemerintah melindungi korban."),
            Block("(2) Perlindungan sebagaimana dimaksud pada ayat (1) meliputi:"),
            Block("a. pemulangan; dan"),
            Block("PENJELASAN ATAS PERATURAN CONTOH NOMOR 1 TAHUN 2024", BlockStyle.Bold),
            Block("Pasal 1"),
            Block("Cukup jelas."),
        ]);

        // "MEMUTUSKAN:" (decides:) stands on its own between the preamble and the articles.
        Assert.Equal(["u1", "u2", "u3", "pasal-1", "pasal-2", "penjelasan-pasal-1"], structured.Paragraphs.Select(p => p.Anchor));
        Assert.Equal("Mengingat : 1. Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian;\n2. Undang-Undang Nomor 21 Tahun 2007;", structured.Paragraphs[1].Text);
        Assert.Equal("Dalam peraturan ini yang dimaksud dengan:\n1. Korban adalah seseorang yang mengalami penderitaan.\n2. Pendamping adalah petugas yang ditunjuk.", structured.Paragraphs[3].Text);
        Assert.Equal("(1) Pemerintah melindungi korban.\n(2) Perlindungan sebagaimana dimaksud pada ayat (1) meliputi:\na. pemulangan; dan", structured.Paragraphs[4].Text);
        Assert.Equal("2", structured.Paragraphs[4].Number);
        Assert.Equal("penjelasan", structured.Paragraphs[5].Attachment);
    }

    [Fact]
    public void Structure_UntrustworthyNumbering_IsReportedNotGuessed()
    {
        var structured = DocumentStructurer.Structure(
        [
            Block("Title", BlockStyle.Bold),
            Block("1. First."),
            Block("3. Third."),
            Block("3. Third again."),
            Block("1. Restarted without a heading."),
        ]);

        Assert.Equal(["p1", "p3", "p3-2", "p1-2"], structured.Paragraphs.Select(p => p.Anchor));
        Assert.Equal(
            [
                "paragraph numbering jumps from 1 to 3 (page 1)",
                "paragraph anchor p3 occurs more than once; occurrence 2 is cited as p3-2",
                "paragraph numbering restarts at 1 after paragraph 3 (page 1) without an attachment heading",
                "paragraph anchor p1 occurs more than once; occurrence 2 is cited as p1-2",
            ],
            structured.Warnings);
    }

    [Fact]
    public void Structure_DecimalNumbersAndDocumentSymbol_AreRecognised()
    {
        var structured = DocumentStructurer.Structure(
        [
            Block("BP/MC8/2023/1"),
            Block("Illustrative Strategy", BlockStyle.Bold),
            Block("2.1 Members will share data."),
            Block("2.2 Members will report."),
        ]);

        Assert.Equal("BP/MC8/2023/1", structured.Symbol);
        Assert.Equal(["p2.1", "p2.2"], structured.Paragraphs.Select(p => p.Anchor));
        Assert.Equal("2.1", structured.Paragraphs[0].Number);
    }

    [Fact]
    public void Structure_NoNumbers_GivesOrdinalAnchorsAndSaysSo()
    {
        var structured = DocumentStructurer.Structure([Block("Title", BlockStyle.Title), Block("One paragraph."), Block("Another one.")]);

        Assert.Equal(["u1", "u2"], structured.Paragraphs.Select(p => p.Anchor));
        Assert.Contains(structured.Warnings, w => w.StartsWith("no numbered paragraphs were found", StringComparison.Ordinal));
    }

    [Fact]
    public void Structure_ShortBoldLineClosingAQuotedSentence_IsAParagraphNotAHeading()
    {
        var structured = DocumentStructurer.Structure(
        [
            Block("Title", BlockStyle.Bold),
            Block("1. Ministers met."),
            Block("Ministers adopted the “Bali Declaration.”", BlockStyle.Bold),
        ]);

        Assert.Equal(["p1", "u1"], structured.Paragraphs.Select(p => p.Anchor));
        Assert.Null(structured.Paragraphs[1].Section);
    }

    private static TextBlock Block(string text, BlockStyle style = BlockStyle.None) => new(text, [1], style);
}
