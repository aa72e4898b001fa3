using System.CommandLine;

namespace Archive.Cli.Hosting;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text." };

    public static Option<double?> TimeBudget() => new("--time-budget")
    {
        Description = "Seconds one file may take to extract before it is stopped and reported (default 60).",
    };

    public static Option<double?> MaxFileMegabytes() => new("--max-file-mb")
    {
        Description = "Files larger than this many MiB are refused (default 64).",
    };
}
