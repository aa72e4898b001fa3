namespace Archive.Cli.Tests;

/// <summary><c>archive export</c> refuses what it cannot do with a message and a non-zero exit, never a stack trace.</summary>
public sealed class ExportCommandErrorTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archive-cli-export-errors-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Export_WithoutIndex_SaysHowToBuildOneAndExitsTwo()
    {
        var run = await CliRun.InvokeAsync("export", "--format", "opensearch-bulk", "--index", _folder.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"there is no index in {_folder.FullName}; build it with: archive index", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Export_UnknownFormat_NamesTheFormatsAndFails()
    {
        var run = await CliRun.InvokeAsync("export", "--format", "csv", "--index", _folder.FullName);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("'csv' not recognized", run.Error, StringComparison.Ordinal);
        Assert.Contains("opensearch-bulk", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Export_OutInAFolderThatDoesNotExist_SaysSoAndExitsTwo()
    {
        var missing = Path.Combine(_folder.FullName, "missing", "bulk.ndjson");

        var run = await CliRun.InvokeAsync("export", "--format", "opensearch-mapping", "--out", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot write {missing}: the folder {Path.GetDirectoryName(missing)} does not exist", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Export_OutAFolder_SaysSoAndLeavesNothingBehind()
    {
        var run = await CliRun.InvokeAsync("export", "--format", "opensearch-mapping", "--out", _folder.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"cannot write {_folder.FullName}: {_folder.FullName} is a folder", run.Error, StringComparison.Ordinal);
        Assert.Empty(_folder.EnumerateFileSystemInfos());
        AssertNoStackTrace(run);
    }

    [Fact]
    public async Task Export_InvalidIndexName_SaysWhyAndExitsTwo()
    {
        var run = await CliRun.InvokeAsync("export", "--format", "opensearch-bulk", "--index", _folder.FullName, "--index-name", "Bali Process");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the index name \"Bali Process\" cannot contain ' '", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run);
    }

    private static void AssertNoStackTrace(CliRun run)
    {
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
