using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Hosting;

/// <summary>
/// The <c>--time-budget</c> and <c>--max-file-mb</c> options every command that reads files takes, and the Core
/// services built with them.
/// </summary>
internal sealed class ExtractionLimitOptions
{
    private readonly Option<double?> _timeBudget = new("--time-budget")
    {
        Description = "Seconds one file may take to extract before it is stopped and reported (default 60).",
    };

    private readonly Option<double?> _maxFileMegabytes = new("--max-file-mb")
    {
        Description = "Files larger than this many MiB are refused (default 64).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_timeBudget);
        command.Options.Add(_maxFileMegabytes);
    }

    public ServiceProvider BuildServices(ParseResult result) =>
        CoreServices.Build(result.GetValue(_timeBudget), result.GetValue(_maxFileMegabytes));
}
