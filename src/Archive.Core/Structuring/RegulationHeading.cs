using System.Text.RegularExpressions;
using Archive.Core.Documents;
using Archive.Core.Extraction;

namespace Archive.Core.Structuring;

/// <summary>
/// Reads the heading of an Indonesian law or regulation ("UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 10 TAHUN 1997
/// TENTANG …", "PERATURAN KEPALA BADAN … NOMOR 8 TAHUN 2016"): its number and year as the symbol, and as issuer the
/// office that enacts it, named before "Menimbang" ("PRESIDEN REPUBLIK INDONESIA,"). Its blocks stay the structurer's:
/// the heading is also the title block.
/// </summary>
internal static partial class RegulationHeading
{
    private const int Window = 14;

    public static (CoverMetadata Cover, int Blocks)? Read(IReadOnlyList<TextBlock> blocks)
    {
        var opening = blocks.Take(Window).Select(b => b.Text).ToList();
        if (opening.Count == 0 || !Kind().IsMatch(opening[0]))
        {
            return null;
        }

        var heading = string.Join(' ', opening);
        var number = Number().Match(heading);
        if (!number.Success)
        {
            return null;
        }

        var symbol = $"Nomor {number.Groups["number"].Value.Trim()}" + (number.Groups["year"].Success ? $" Tahun {number.Groups["year"].Value}" : string.Empty);
        var enacting = opening.TakeWhile(t => !t.StartsWith("Menimbang", StringComparison.OrdinalIgnoreCase)).LastOrDefault(t => Office().IsMatch(t));
        var issuer = enacting is null ? null : Office().Match(enacting).Value.TrimEnd(',', ' ');
        return (new CoverMetadata(null, null, issuer, symbol, null), 0);
    }

    [GeneratedRegex(@"^(?:UNDANG-UNDANG|UNDANG\s+UNDANG|PERATURAN|KEPUTUSAN|INSTRUKSI|PENETAPAN)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Kind();

    [GeneratedRegex(@"\bNOMOR\s*:?\s*(?<number>[\w./-]{1,40}?)(?:\s+TAHUN\s+(?<year>(?:19|20)\d\d))?(?=\s|$|\()", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    // The enacting office as the heading names it just before the considerations: "PRESIDEN REPUBLIK INDONESIA,".
    [GeneratedRegex(@"^(?:PRESIDEN|KEPALA|MENTERI|GUBERNUR|BUPATI|WALIKOTA)\b[\p{Lu}\s]{2,80},?$")]
    private static partial Regex Office();
}
