using System.Text.Json;

namespace Archive.Cli.Tests;

/// <summary><c>archive search --batch</c>: the queries of a CSV or JSON file answered as POST /api/search/batch answers them.</summary>
public sealed class SearchBatchCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archive-cli-batch-");

    private string Index => Path.Combine(_folder.FullName, "index");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Batch_CsvAndJsonFiles_PrintEveryQueryInOrder_WithErrorsInPlace()
    {
        Assert.Equal(0, (await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", Index)).ExitCode);
        var csvFile = await WriteAsync("queries.csv", "id,q,lang\nr1,returns reintegration,en\nr2,\"\"\"unclosed\",\nr3,penyelundupan manusia,id\n");
        var jsonFile = await WriteAsync("queries.json", "{\"queries\": [\"returns\", {\"q\": \"perdagangan orang\", \"lang\": \"id\", \"id\": \"tip\"}, {\"q\": \"returns\", \"lang\": \"fr\"}], \"k\": 2}");

        var csv = await CliRun.InvokeAsync("search", "--batch", csvFile, "--index", Index, "--k", "2");
        var json = await CliRun.InvokeAsync("search", "--batch", jsonFile, "--index", Index, "--json");

        Assert.Equal(0, csv.ExitCode);
        var lines = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("index,id,query,rank,hit,citation,permalink,score,text,error", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(["0,r1", "0,r1", "1,r2", "2,r3", "2,r3"], lines.Skip(1).Select(l => string.Join(',', l.Split(',').Take(2))));
        Assert.Contains("The query cannot be read", lines[3], StringComparison.Ordinal);
        Assert.Contains("-id", lines[4].Split(',')[4], StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        var answers = json.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["returns", "perdagangan orang", "returns"], answers.Select(a => a.GetProperty("query").GetString()));
        Assert.Equal("tip", answers[1].GetProperty("id").GetString());
        Assert.All(answers[1].GetProperty("hits").EnumerateArray(), h => Assert.Equal("id", h.GetProperty("language").GetString()));
        Assert.Equal(2, answers[0].GetProperty("hits").GetArrayLength());
        Assert.True(answers[2].GetProperty("error").GetProperty("errors").TryGetProperty("lang", out _));
    }

    [Fact]
    public async Task Batch_WithAQueryOrAFilterToo_IsRefused()
    {
        var file = await WriteAsync("queries.csv", "q\nreturns\n");

        var withQuery = await CliRun.InvokeAsync("search", "returns", "--batch", file, "--index", Index);
        var withFilter = await CliRun.InvokeAsync("search", "--batch", file, "--lang", "en", "--index", Index);

        Assert.Equal((2, 2), (withQuery.ExitCode, withFilter.ExitCode));
        Assert.Contains("with --batch, the queries and their filters come from the file", withQuery.Error, StringComparison.Ordinal);
        Assert.Contains("with --batch, the queries and their filters come from the file", withFilter.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("queries.csv", "query\nreturns\n", "queries.csv: The CSV has no q column")]
    [InlineData("queries.json", "{\"queries\": [", "queries.json: The JSON cannot be read")]
    [InlineData("queries.txt", "returns\n", "--batch reads a .csv file")]
    [InlineData("queries.json", "{\"queries\": []}", "--batch must hold at least one query.")]
    [InlineData("queries.json", "{\"queries\": [\"returns\"], \"k\": 0}", "--k must be between 1 and 100.")]
    public async Task Batch_BadFile_IsRefusedBeforeTheIndexIsOpened(string name, string content, string message)
    {
        var file = await WriteAsync(name, content);

        var run = await CliRun.InvokeAsync("search", "--batch", file, "--index", Index);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Index));
    }

    [Fact]
    public async Task Batch_MoreThan500Queries_IsRefused()
    {
        var file = await WriteAsync("queries.csv", "q\n" + string.Concat(Enumerable.Repeat("returns\n", 501)));

        var run = await CliRun.InvokeAsync("search", "--batch", file, "--index", Index);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The batch has 501 queries; a batch takes at most 500.", run.Error, StringComparison.Ordinal);
    }

    private async Task<string> WriteAsync(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        await File.WriteAllTextAsync(path, content, TestContext.Current.CancellationToken);
        return path;
    }
}
