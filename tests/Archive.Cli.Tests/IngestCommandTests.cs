using System.Text.Json;
using Archive.Testing;

namespace Archive.Cli.Tests;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingest_SampleCorpus_ReportsEveryFileAndExitsZero()
    {
        var run = await CliRun.InvokeAsync("ingest", CliRun.Corpus);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The sample web page's title and dateline are read as its cover, and the report says so: its one note.
        Assert.Equal(SampleCorpus.Documents - 1, lines.Count(l => l.StartsWith("ok ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("warn ", StringComparison.Ordinal) && l.Contains("bpmc3-2009-cochairs-en.html", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("bpmc6-2016-cochairs-en.pdf  bpmc6-2016-cochairs-en  en  co-chairs-statement  BPMC 6", StringComparison.Ordinal));
        Assert.Equal($"{SampleCorpus.Documents} files: {SampleCorpus.Documents} ingested (1 with warnings), 0 failed", lines[^1].Trim());
    }

    [Fact]
    public async Task Ingest_Json_PrintsAReportAScriptCanRead()
    {
        var run = await CliRun.InvokeAsync("ingest", CliRun.Corpus, "--json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.Equal(SampleCorpus.Documents, report.RootElement.GetProperty("ingested").GetInt32());
        var file = report.RootElement.GetProperty("files").EnumerateArray().First(f => f.GetProperty("path").GetString() == "bpmc4-2011-rcf-id.txt");
        Assert.Equal("ingested", file.GetProperty("status").GetString());
        Assert.Equal("id", file.GetProperty("language").GetString());
        Assert.Equal("framework", file.GetProperty("type").GetString());
        Assert.Equal(4, file.GetProperty("conference").GetInt32());
    }

    [Fact]
    public async Task Ingest_FolderWithABadFile_ReportsItAndExitsOne()
    {
        var folder = Directory.CreateTempSubdirectory("archive-cli-tests-");
        try
        {
            File.Copy(Path.Combine(CliRun.Corpus, "bpmc6-2016-declaration-en.pdf"), Path.Combine(folder.FullName, "good.pdf"));
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "empty.pdf"), [], TestContext.Current.CancellationToken);

            var run = await CliRun.InvokeAsync("ingest", folder.FullName);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("FAILED  empty.pdf: the file is empty (0 bytes)", run.Output, StringComparison.Ordinal);
            Assert.Contains("2 files: 1 ingested", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Ingest_MissingFolder_SaysSoAndExitsTwo()
    {
        var run = await CliRun.InvokeAsync("ingest", "/no/such/folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }
}
