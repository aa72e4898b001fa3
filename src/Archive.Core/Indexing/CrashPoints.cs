using System.Diagnostics;

namespace Archive.Core.Indexing;

/// <summary>
/// The steps of a corpus write or an index build at which the crash tests kill the process: the variable <c>ARCHIVE_CRASH_AT</c> names
/// one, and the process ends there at once, as a power cut or <c>kill -9</c> would end it. Unset, nothing happens.
/// </summary>
public static class CrashPoints
{
    public const string Variable = "ARCHIVE_CRASH_AT";

    private static readonly string? Armed = Environment.GetEnvironmentVariable(Variable);

    /// <summary>The steps, in the order a write passes them.</summary>
    public static IReadOnlyList<string> Steps { get; } = ["staged", "stored", "catalogued", "index-linked", "index-updated", "built"];

    public static void Reach(string step)
    {
        if (string.Equals(Armed, step, StringComparison.Ordinal))
        {
            Process.GetCurrentProcess().Kill();
        }
    }
}
