using Archive.Core.Export;

namespace Archive.Core.Tests.Export;

public sealed class OpenSearchIndexNameTests
{
    [Theory]
    [InlineData(OpenSearchIndexName.Default)]
    [InlineData("archive-2026.12")]
    [InlineData("paragraphs_v2")]
    public void Problem_ValidName_IsNull(string name) => Assert.Null(OpenSearchIndexName.Problem(name));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Paragraphs", "lower case")]
    [InlineData("_paragraphs", "cannot start with '_'")]
    [InlineData("-paragraphs", "cannot start with '-'")]
    [InlineData("..", "cannot be")]
    [InlineData("bali process", "cannot contain ' '")]
    [InlineData("a/b", "cannot contain '/'")]
    [InlineData("a*", "cannot contain '*'")]
    [InlineData("remote:paragraphs", "cannot contain ':'")]
    public void Problem_InvalidName_SaysWhy(string name, string why) =>
        Assert.Contains(why, OpenSearchIndexName.Problem(name), StringComparison.Ordinal);

    [Fact]
    public void Problem_NameOver255Bytes_SaysItIsTooLong() =>
        Assert.Contains("longer than 255 bytes", OpenSearchIndexName.Problem(new string('é', 128)), StringComparison.Ordinal);
}
