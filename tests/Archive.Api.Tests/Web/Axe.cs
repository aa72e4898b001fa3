using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Archive.Api.Tests.Web;

/// <summary>
/// axe-core run in the page under test against the WCAG 2.1 A and AA rules. axe is not part of the repository:
/// <c>./test.sh</c> installs it with npm into a cache folder and names its file in <c>AXE_CORE_PATH</c>.
/// </summary>
internal static class Axe
{
    /// <summary>The version test.sh installs; the test reads whatever file it is pointed at.</summary>
    public const string Version = "4.14.1";

    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> Source = new(() => File.ReadAllText(Locate()));

    /// <summary><c>AXE_CORE_PATH</c>, else where test.sh puts it (<c>~/.cache/bali-process-archive/axe-core</c>).</summary>
    public static string Path => Environment.GetEnvironmentVariable("AXE_CORE_PATH") is { Length: > 0 } path
        ? path
        : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "bali-process-archive", "axe-core",
            "node_modules", "axe-core", "axe.min.js");

    /// <summary>The violations on the page as it is now, one line per rule: id, impact, rule help and the first node targets.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, so the page's script-src 'self' does not block it as it would a script tag.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync($"() => {{ {Source.Value}\n; window.axe = axe; }}");
        }

        var result = await page.EvaluateAsync<JsonElement>(
            "tags => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })" +
            ".then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, count: v.nodes.length, targets: v.nodes.slice(0, 4).map(n => n.target.join(' ')) })))",
            Tags);
        return [.. result.EnumerateArray().Select(v => new StringBuilder()
            .Append(v.GetProperty("id").GetString()).Append(" (").Append(v.GetProperty("impact").GetString()).Append(", ")
            .Append(v.GetProperty("count").GetInt32()).Append(" nodes): ").Append(v.GetProperty("help").GetString()).Append(" at ")
            .AppendJoin(" | ", v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))
            .ToString())];
    }

    private static string Locate() => File.Exists(Path)
        ? Path
        : throw new InvalidOperationException(
            $"axe-core {Version} is needed for the accessibility tests and is not at {Path}: run ./test.sh, which installs it, or " +
            $"`npm install --no-save --prefix ~/.cache/bali-process-archive/axe-core axe-core@{Version}` (apt-get install npm first if npm is missing), " +
            "or set AXE_CORE_PATH to an axe.min.js");
}
