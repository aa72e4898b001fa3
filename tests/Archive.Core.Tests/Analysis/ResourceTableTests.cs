using System.Text;
using Archive.Core.Analysis;

namespace Archive.Core.Tests.Analysis;

public sealed class ResourceTableTests
{
    private static readonly string[] ActorColumns = ["id", "english forms", "indonesian forms"];

    [Fact]
    public void Read_CommentsAndHeader_AreNotRows()
    {
        var rows = Read("# Who can commit.\nid\tenglish forms\tindonesian forms\n# ministers first\nministers\tministers,we\tpara menteri\n\n");

        Assert.Equal([["ministers", "ministers,we", "para menteri"]], rows);
    }

    [Fact]
    public void Read_ColumnsInAnotherOrder_AreReturnedInTheOrderAskedFor()
    {
        var rows = Read("indonesian forms\tid\tenglish forms\npara menteri\tministers\tministers\n");

        Assert.Equal([["ministers", "ministers", "para menteri"]], rows);
    }

    [Fact]
    public void Read_HeaderWithoutAColumn_FailsNamingTheFileAndTheColumn()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("# Who can commit.\nid\tenglish forms\nministers\tministers\n"));

        Assert.Equal(
            "actors.tsv: the header has no column \"indonesian forms\" (it has: id, english forms; needed: id, english forms, indonesian forms)",
            error.Message);
    }

    [Fact]
    public void Read_RowWithoutAValue_FailsNamingTheLineAndTheColumn()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("id\tenglish forms\tindonesian forms\nministers\tministers\t\n"));

        Assert.Equal("actors.tsv, line 2: no value in column \"indonesian forms\"", error.Message);
    }

    [Fact]
    public void Read_RowWithAnExtraField_FailsNamingTheLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("id\tenglish forms\tindonesian forms\nministers\tministers\tpara menteri\tkami\n"));

        Assert.StartsWith("actors.tsv, line 2: ", error.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string[]> Read(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return ResourceTable.Read("actors.tsv", stream, ActorColumns);
    }
}
