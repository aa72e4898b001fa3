using System.Text.RegularExpressions;

namespace Archive.Core.Text;

/// <summary>A document symbol as official documents print them above the title: "BP/MC8/2023/1".</summary>
public static partial class DocumentSymbol
{
    public static bool IsMatch(string text) => Pattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^[A-Z]{1,8}(?:/[A-Z0-9.\-]{1,12}){2,}$")]
    private static partial Regex Pattern();
}
