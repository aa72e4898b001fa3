using System.CommandLine;
using Archive.Cli.Commitments;
using Archive.Cli.Drafts;
using Archive.Cli.Extract;
using Archive.Cli.Hosting;
using Archive.Cli.Index;
using Archive.Cli.Ingest;
using Archive.Cli.Precedent;
using Archive.Cli.Search;

namespace Archive.Cli;

/// <summary>
/// The <c>archive</c> command line: parses arguments and hands each command to its handler. Public so that the API's
/// tests can run it in-process beside the API and compare what both print for the same request.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Maintainability", "CA1515", Justification = "Run by the API's contract tests.")]
public static class CliApplication
{
    /// <param name="args">The command line.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="error">Where errors go (standard error).</param>
    /// <param name="interactive">True on a terminal: progress and tables; false when redirected: plain lines.</param>
    /// <param name="cancellationToken">Also cancelled by Ctrl+C.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken)
    {
        var console = new CliConsole(output, error, interactive);
        var root = new RootCommand("Bali Process Archive: ingest, extract, index and search the outcome documents of the Bali Process, track their commitments and check drafts against agreed text.")
        {
            IngestCommand.Create(console),
            ExtractCommand.Create(console),
            IndexCommand.Create(console),
            SearchCommand.Create(console),
            CommitmentsCommand.Create(console),
            LineageCommand.Create(console),
            Changes.ChangesCommand.Create(console),
            PrecedentCommand.Create(console),
            ReviewCommand.Create(console),
            Export.ExportCommand.Create(console),
        };

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
