using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

public sealed class QuerySyntaxTests
{
    [Fact]
    public void Parse_WordsPhrasesExclusionsAndOr_GivesGroups()
    {
        var parsed = QuerySyntax.Parse("returns OR repatriation reintegration -smuggling \"Bali Process\" -\"ad hoc\"");

        Assert.Equal(["returns|repatriation", "reintegration", "\"Bali Process\""], parsed.Groups.Select(g => string.Join('|', g.Alternatives.Select(a => a.Display))));
        Assert.Equal(["smuggling", "\"ad hoc\""], parsed.Excluded.Select(e => e.Display));
    }

    [Fact]
    public void Parse_PunctuationAndTypographicQuotes_AreTolerated()
    {
        var parsed = QuerySyntax.Parse("“Ketua Bersama”, returns; co-chairs'");

        Assert.Equal(["\"Ketua Bersama\"", "returns", "co-chairs"], parsed.Groups.Select(g => g.Alternatives[0].Display));
    }

    [Theory]
    [InlineData("", "the query is empty; type at least one word", 0)]
    [InlineData("   ", "the query is empty; type at least one word", 0)]
    [InlineData("\"returns and", "a quoted phrase is not closed; add the closing \"", 0)]
    [InlineData("returns \"\"", "a quoted phrase is empty", 8)]
    [InlineData("OR returns", "OR must stand between two words or phrases that are not excluded", 0)]
    [InlineData("returns OR", "OR must stand between two words or phrases that are not excluded", 8)]
    [InlineData("returns OR -smuggling", "OR must stand between two words or phrases that are not excluded", 8)]
    [InlineData("-smuggling", "the query only excludes; add a word or phrase to look for", 0)]
    [InlineData("* ?!", "the query has no words or numbers to search for", 0)]
    public void Parse_MalformedQuery_SaysWhatAndWhere(string query, string message, int position)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QuerySyntax.Parse(query));

        Assert.Equal((message, position), (error.Message, error.Position));
    }

    [Fact]
    public void Parse_OverlongWord_IsRefused()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QuerySyntax.Parse("returns " + new string('a', 101)));

        Assert.Equal(("a word is longer than 100 characters", 8), (error.Message, error.Position));
    }

    [Fact]
    public void Parse_TooLongQuery_IsRefused()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => QuerySyntax.Parse(new string('a', 501)));

        Assert.Equal("the query is 501 characters long; the limit is 500", error.Message);
    }
}
