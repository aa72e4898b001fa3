using Archive.Core.Documents;
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
        Assert.Equal("PERATURAN PRESIDEN REPUBLIK INDONESIA NOMOR 99 TAHUN 2031 TENTANG KERJA SAMA REGIONAL ILUSTRATIF", cover.Title);
        Assert.Equal(0, blocks);
    }

    [Fact]
    public void Read_EnactmentInTheSignatureBlock_GivesDateAndPlace_NotThePromulgation()
    {
        var (cover, _) = CoverReader.Read(Blocks(
            "PERATURAN PRESIDEN REPUBLIK INDONESIA",
            "NOMOR 99 TAHUN 2031",
            "TENTANG",
            "KERJA SAMA REGIONAL ILUSTRATIF",
            "Menimbang : a. bahwa pada tanggal 1 Januari 2030 telah ditandatangani suatu perjanjian ilustratif;",
            "Pasal 1",
            "Peraturan ini mulai berlaku pada tanggal diundangkan.",
            "Ditetapkan di Surabaya pada tanggal 3 Maret 2031 PRESIDEN REPUBLIK INDONESIA, ttd",
            "Diundangkan di Jakarta pada tanggal 5 Maret 2031"));

        Assert.Equal(new PartialDate(2031, 3, 3), cover.Date);
        Assert.Equal("Surabaya", cover.Place);
    }

    [Fact]
    public void Read_LetterSpacedSignatureAndOfficeClosingTheSubjectLine()
    {
        var (cover, _) = CoverReader.Read(Blocks(
            "KEPUTUSAN KEPALA BADAN ILUSTRATIF",
            "NOMOR : 12/Ka-BI/III-31",
            "TENTANG",
            "PEDOMAN KERJA SAMA ILUSTRATIF KEPALA BADAN ILUSTRATIF,",
            "Menimbang : a. bahwa pedoman perlu ditetapkan;",
            "Ditetapkan di M e d a n pada tanggal 7 M e i 2031 Kepala, ttd"));

        Assert.Equal("KEPUTUSAN KEPALA BADAN ILUSTRATIF NOMOR 12/Ka-BI/III-31 TENTANG PEDOMAN KERJA SAMA ILUSTRATIF", cover.Title);
        Assert.Equal("KEPALA BADAN ILUSTRATIF", cover.Issuer);
        Assert.Equal(new PartialDate(2031, 5, 7), cover.Date);
        Assert.Equal("Medan", cover.Place);
    }

    [Fact]
    public void Read_DatabaseCopyHeader_StopsTheTitleAtItsCatalogueLines_AndTakesTheOfficeAfterTheFormula()
    {
        var (cover, _) = CoverReader.Read(Blocks(
            "Undang Undang Nomor 9 Tahun 2031 tentang",
            "PENGESAHAN PERSETUJUAN ILUSTRATIF",
            "Oleh: PRESIDEN REPUBLIK INDONESIA",
            "Nomor: 9 TAHUN 2031 (9/2031)",
            "Tentang: PENGESAHAN PERSETUJUAN ILUSTRATIF",
            "DENGAN RAHMAT TUHAN YANG MAHA ESA Presiden Republik Indonesia,",
            "Menimbang : a. bahwa persetujuan perlu disahkan;",
            "Disahkan di Jakarta pada tanggal 9 September 2031"));

        Assert.Equal("Undang Undang Nomor 9 Tahun 2031 tentang PENGESAHAN PERSETUJUAN ILUSTRATIF", cover.Title);
        Assert.Equal("Presiden Republik Indonesia", cover.Issuer);
        Assert.Equal(new PartialDate(2031, 9, 9), cover.Date);
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
