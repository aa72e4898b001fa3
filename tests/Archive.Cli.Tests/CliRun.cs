using Archive.Testing;

namespace Archive.Cli.Tests;

/// <summary>Runs the <c>archive</c> command line in-process with captured output, as a redirected shell would.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApplication.RunAsync(args, output, error, interactive: false, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public static string Corpus => RepositoryRoot.Corpus;
}
