using Archive.Core.Documents;

namespace Archive.Core.Tests.Documents;

public sealed class WrittenDateTests
{
    [Theory]
    [InlineData("Nusa Dua, Bali, 23 March 2016", "2016-03-23")]
    [InlineData("Kamis, 24 Maret 2016 10:30 WIB", "2016-03-24")]
    [InlineData("Posted on March 23, 2016", "2016-03-23")]
    [InlineData("Diterbitkan 3 Agt 2025", "2025-08-03")]
    [InlineData("Updated 5 Sept. 2024", "2024-09-05")]
    [InlineData("22–23 March 2016", "2016-03-23")]
    [InlineData("Bali, April 2009", "2009-04")]
    [InlineData("JAKARTA, 13 FEBRUARI 2025", "2025-02-13")]
    public void Find_DateAsPeopleWriteIt_GivesTheDate(string text, string expected)
    {
        Assert.Equal(expected, WrittenDate.Find(text)?.Date.ToString());
    }

    [Theory]
    [InlineData("Ministers may 2016 be remembered")]
    [InlineData("Marine 2016 report")]
    [InlineData("Hits: 1523")]
    public void Find_TextWithoutADate_GivesNone(string text)
    {
        Assert.Null(WrittenDate.Find(text));
    }

    [Fact]
    public void Find_DateInALine_SaysWhereItStands()
    {
        var date = WrittenDate.Find("Jakarta, 13 Februari 2025 | Siaran Pers");

        Assert.Equal((9, "13 Februari 2025".Length), (date?.Index, date?.Length));
    }
}
