using System.Text.RegularExpressions;
using Archive.Core.Documents;
using Archive.Core.Extraction;
using Archive.Core.Text;

namespace Archive.Core.Structuring;

/// <summary>
/// Reads the heading of an Indonesian law or regulation ("UNDANG-UNDANG REPUBLIK INDONESIA NOMOR 10 TAHUN 1997
/// TENTANG …", "PERATURAN KEPALA BADAN … NOMOR 8 TAHUN 2016"): its number and year as the symbol; as title the kind,
/// the number and what it is about ("… NOMOR 10 TAHUN 1997 TENTANG KETENAGANUKLIRAN"), without the enacting formula,
/// the enacting office or a filing stamp printed between them; as issuer the office that enacts it, named before
/// "Menimbang" ("PRESIDEN REPUBLIK INDONESIA,"); and as date and place those of its enactment, from the signature
/// block ("Ditetapkan di Jakarta pada tanggal 15 Desember 2006", "Disahkan di …" in older laws), not the
/// promulgation that follows it. Its blocks stay the structurer's: the heading is also the title block.
/// </summary>
internal static partial class RegulationHeading
{
    private const int Window = 14;

    private const int MaxSubjectWords = 60;

    public static (CoverMetadata Cover, int Blocks)? Read(IReadOnlyList<TextBlock> blocks)
    {
        var opening = blocks.Take(Window).Select(b => b.Text).ToList();
        // A letterhead ("PRESIDEN REPUBLIK INDONESIA") may stand above the heading.
        var start = opening.Take(3).ToList().FindIndex(t => Kind().IsMatch(t));
        if (start < 0)
        {
            return null;
        }

        var heading = opening.Skip(start).ToList();
        var joined = string.Join('\n', heading);
        var number = Number().Match(joined);
        if (!number.Success)
        {
            return null;
        }

        var symbol = $"Nomor {number.Groups["number"].Value.Trim()}" + (number.Groups["year"].Success ? $" Tahun {number.Groups["year"].Value}" : string.Empty);
        var issuer = heading.TakeWhile(t => !t.StartsWith("Menimbang", StringComparison.OrdinalIgnoreCase)).Select(EnactingOffice).LastOrDefault(o => o is not null);
        var (date, place) = Enactment(blocks);
        return (new CoverMetadata(TitleOf(joined, number), date, issuer, symbol, null, place), 0);
    }

    /// <summary>The kind as printed before the number, the number, and the subject after "TENTANG" up to the formula.</summary>
    private static string? TitleOf(string heading, Match number)
    {
        var kind = Flatten(heading[..number.Index]);
        var about = About().Match(heading, number.Index + number.Length);
        if (!about.Success)
        {
            return null;
        }

        var subject = new List<string>();
        foreach (var line in heading[(about.Index + about.Length)..].Split('\n'))
        {
            var text = line;
            var formula = Formula().Match(text);
            if (formula.Success)
            {
                text = text[..formula.Index];
            }

            if ((subject.Count > 0 && (Office().IsMatch(text) || LabelLine().IsMatch(text) || Kind().IsMatch(text)))
                || text.StartsWith("Menimbang", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            // The office may close the subject's own line: "… INSTALASI NUKLIR KEPALA BADAN …,".
            var office = OfficeClosingLine().Match(text);
            if (office.Success)
            {
                subject.Add(text[..office.Index]);
                break;
            }

            subject.Add(text);
            if (formula.Success || Words.Count(string.Join(' ', subject)) > MaxSubjectWords)
            {
                break;
            }
        }

        var subjectText = Flatten(string.Join(' ', subject)).TrimEnd(':', ',', ' ');
        var printedNumber = NumberColon().Replace(Flatten(number.Value), "$1 ");
        return subjectText.Length == 0 ? null : $"{kind} {printedNumber} {Flatten(about.Value).TrimEnd(':', ' ')} {subjectText}".Trim();
    }

    /// <summary>
    /// The office a line names as the one enacting: the whole line ("PRESIDEN REPUBLIK INDONESIA,"), what follows
    /// the formula on its line ("DENGAN RAHMAT TUHAN YANG MAHA ESA Presiden Republik Indonesia,") or the end of a
    /// subject's line that closes with the office and its comma.
    /// </summary>
    private static string? EnactingOffice(string line)
    {
        var formula = Formula().Match(line);
        if (formula.Success)
        {
            var after = line[(formula.Index + formula.Length)..].Trim().TrimEnd(',', ' ');
            return after.Length > 0 && after.Length <= 80 ? Flatten(after) : null;
        }

        var office = Office().Match(line) is { Success: true } whole ? whole : OfficeClosingLine().Match(line);
        return office.Success ? Flatten(office.Value).TrimEnd(',', ' ') : null;
    }

    private static (PartialDate? Date, string? Place) Enactment(IReadOnlyList<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            // Signature blocks are often letter-spaced: "Ditetapkan di J a k a r t a pada tanggal 5 M e i 1999".
            var text = SpacedLetters().Replace(block.Text, m => m.Value.Replace(" ", string.Empty, StringComparison.Ordinal));
            var enacted = Enacted().Match(text);
            if (enacted.Success && WrittenDate.Find(text[(enacted.Index + enacted.Length)..]) is { Index: <= 2 } written)
            {
                return (written.Date, Flatten(enacted.Groups["place"].Value));
            }
        }

        return (null, null);
    }

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?:UNDANG-UNDANG|UNDANG\s+UNDANG|PERATURAN|KEPUTUSAN|INSTRUKSI|PENETAPAN)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Kind();

    [GeneratedRegex(@"\bNOMOR\s*:?\s*(?<number>[\w./-]{1,40}?)(?:\s+TAHUN\s+(?<year>(?:19|20)\d\d))?(?=\s|$|\()", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    // "TENTANG" (or "Tentang:") opens the subject; the one after the number, not one inside it.
    [GeneratedRegex(@"\bTENTANG\b\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex About();

    [GeneratedRegex(@"DENGAN\s+RAHMAT\s+TUHAN(?:\s+YANG\s+MAHA\s+ESA)?", RegexOptions.IgnoreCase)]
    private static partial Regex Formula();

    // A catalogue line of a database copy: "Oleh: …", "Nomor: …", "Tanggal: …".
    [GeneratedRegex(@"^\p{L}+\s*:")]
    private static partial Regex LabelLine();

    // The enacting office as the heading names it just before the considerations: "PRESIDEN REPUBLIK INDONESIA,".
    [GeneratedRegex(@"^(?:PRESIDEN|KEPALA|MENTERI|GUBERNUR|BUPATI|WALIKOTA)\b[\p{Lu}\s]{2,80},?$")]
    private static partial Regex Office();

    // The same office closing another line, where its comma sets it apart: "… INSTALASI NUKLIR KEPALA BADAN …,".
    [GeneratedRegex(@"(?<=\s)(?:PRESIDEN|KEPALA|MENTERI|GUBERNUR|BUPATI|WALIKOTA)\b[\p{Lu}\s]{2,80},$")]
    private static partial Regex OfficeClosingLine();

    [GeneratedRegex(@"^(NOMOR)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NumberColon();

    [GeneratedRegex(@"\b(?:\p{L} ){2,}\p{L}\b")]
    private static partial Regex SpacedLetters();

    [GeneratedRegex(@"\b(?:Ditetapkan|Disahkan)\s+di\s+(?<place>\p{Lu}[\p{L} ]{1,40}?)\s*,?\s+pada\s+tanggal\s*:?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Enacted();
}
