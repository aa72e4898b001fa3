using System.CommandLine;

namespace Archive.Cli.Hosting;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text." };
}
