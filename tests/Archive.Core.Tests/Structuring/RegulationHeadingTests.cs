using Archive.Core.Extraction;
using Archive.Core.Structuring;

namespace Archive.Core.Tests.Structuring;

/// <summary>An Indonesian regulation's heading gives its number and year as the symbol and the enacting office as issuer.</summary>
public sealed class RegulationHeadingTests
{
    [Fact]
    public void Read_RegulationHeading_GivesNumberYearAndEnactingOffice()
    {
        var (cover, blocks) = CoverReader.Read(Blocks(
            "PERATURAN PRESIDEN REPUBLIK INDONESIA",
            "NOMOR 99 TAHUN 2031",
            "TENTANG",
            "KERJA SAMA REGIONAL ILUSTRATIF",
            "DENGAN RAHMAT TUHAN YANG MAHA ESA",
            "PRESIDEN REPUBLIK INDONESIA,",
            "Menimbang : a. bahwa contoh ini ditulis untuk pengujian arsip;"));

        Assert.Equal("Nomor 99 Tahun 2031", cover.Symbol);
        Assert.Equal("PRESIDEN REPUBLIK INDONESIA", cover.Issuer);
        Assert.Equal(0, blocks);
    }

    [Fact]
    public void Read_OrdinaryStatement_ReadsNoRegulationHeading()
    {
        var (cover, blocks) = CoverReader.Read(Blocks(
            "Illustrative Co-Chairs' Statement",
            "1. Ministers agreed that regional cooperation number 5 was needed."));

        Assert.Null(cover.Symbol);
        Assert.Null(cover.Issuer);
        Assert.Equal(0, blocks);
    }

    private static List<TextBlock> Blocks(params string[] texts) => [.. texts.Select(t => new TextBlock(t, [1]))];
}
