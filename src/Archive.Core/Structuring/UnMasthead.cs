using System.Text.RegularExpressions;
using Archive.Core.Documents;
using Archive.Core.Extraction;
using Archive.Core.Text;

namespace Archive.Core.Structuring;

/// <summary>
/// Reads the masthead of a United Nations document (and of bodies that copy its layout): "United Nations" and the
/// symbol, the organ, the distribution, the date, the original language, the session and agenda lines. The organ is
/// the issuer; the title is the block set largest among those between the masthead and the first body text (the
/// longest where several share that size), never an agenda item's title, the name of a committee set smaller, or an
/// author line such as "Report of the Secretary-General".
/// </summary>
internal static partial class UnMasthead
{
    // A masthead, its agenda block and the title fit in the first blocks of the first pages.
    private const int Window = 18;

    public static (CoverMetadata Cover, int Blocks)? Read(IReadOnlyList<TextBlock> blocks)
    {
        var window = blocks.Take(Window).ToList();
        if (!window.Take(6).Any(b => Distribution().IsMatch(b.Text) || OfficialRecords().IsMatch(b.Text)))
        {
            return null;
        }

        string? symbol = null, issuer = null, session = null;
        PartialDate? date = null;
        var organBlock = -1;
        var candidates = new List<(int First, int Last, string Text)>();
        var end = window.Count;
        for (var i = 0; i < window.Count; i++)
        {
            var block = window[i];
            if (i > 0 && StartsBody(block))
            {
                end = i;
                break;
            }

            var text = block.Text;
            symbol ??= Symbol().Match(text) is { Success: true } s && s.Value.Any(char.IsAsciiDigit) ? s.Value : null;
            var residue = Symbol().Replace(text, " ");
            var hadMark = residue.Length != text.Length;
            foreach (var mark in new[] { Distribution(), OriginalLanguage(), Agenda(), OfficialRecords(), DistributionWord() })
            {
                var stripped = mark.Replace(residue, " ");
                hadMark |= stripped.Length != residue.Length;
                residue = stripped;
            }

            if (Session().Match(residue) is { Success: true } sessionMatch)
            {
                session ??= sessionMatch.Value.Trim();
                residue = Session().Replace(residue, " ");
                hadMark = true;
            }

            var hadDate = DateRange.IsMatch(residue);
            if (hadDate)
            {
                date ??= MetadataInference.DateIn(residue);
                residue = DateRange.Replace(residue, " ");
                hadMark = true;
            }

            residue = Tidy(residue);
            // What a date line leaves is the meeting's place: "New York, 7–11 April 2025".
            if (residue.Length == 0 || OrganisationName().IsMatch(residue) || (hadDate && Words.Count(residue) <= 3))
            {
                continue;
            }

            if (issuer is null && (hadMark || PrincipalOrgan().IsMatch(residue)))
            {
                // The first name a masthead line leaves over is the organ ("Security Council" of "Security Council
                // Distr.: General"), or a principal organ set on a line of its own (an Official Records cover).
                issuer = residue;
                organBlock = i;
            }
            else if (organBlock >= 0 && candidates.Count == 0 && ContinuesOrgan(window[organBlock], block, residue, organBlock == i - 1))
            {
                issuer = $"{issuer} {residue}";
                organBlock = i;
            }
            else if (candidates.Count > 0 && candidates[^1].Last == i - 1 && char.IsLower(text[0]))
            {
                // A title set over two lines the layout cut apart goes on in lower case.
                candidates[^1] = (candidates[^1].First, i, $"{candidates[^1].Text} {text}");
            }
            else
            {
                candidates.Add((i, i, text));
            }
        }

        var title = Title(window, candidates);
        if (title is not { } found)
        {
            return (new CoverMetadata(null, date, issuer, symbol, session), Math.Max(organBlock + 1, 0));
        }

        return (new CoverMetadata(found.Text, date, issuer, symbol, session), found.Last + 1);
    }

    /// <summary>The title among the blocks left between masthead and body: the largest type, then the most styled, then the longest.</summary>
    private static (int First, int Last, string Text)? Title(List<TextBlock> window, List<(int First, int Last, string Text)> candidates)
    {
        var eligible = candidates.Where(c => !AuthorLine().IsMatch(c.Text)).ToList();
        return eligible.Count == 0
            ? null
            : eligible.OrderByDescending(c => Math.Round(window[c.First].Scale * 20))
                .ThenByDescending(c => StyleRank(window[c.First].Style))
                .ThenByDescending(c => Words.Count(c.Text))
                .ThenBy(c => c.First)
                .First();
    }

    private static int StyleRank(BlockStyle style) =>
        (style.HasFlag(BlockStyle.Large) ? 1 : 0) + (style.HasFlag(BlockStyle.Bold) ? 1 : 0) + (style.HasFlag(BlockStyle.Centered) ? 1 : 0);

    /// <summary>
    /// An organ's name set over several lines of a narrow masthead column goes on in lower case ("United Nations
    /// Conference" … "on Trade and Development"), or right below it in the same type.
    /// </summary>
    private static bool ContinuesOrgan(TextBlock organ, TextBlock block, string residue, bool rightBelow) =>
        char.IsLower(residue[0])
        || (rightBelow && organ.Style == block.Style && Math.Abs(organ.Scale - block.Scale) < 0.05 && !TextNormalizer.EndsClause(organ.Text));

    /// <summary>Where the body begins: a numbered paragraph or section, a summary or contents, a preamble, running prose.</summary>
    private static bool StartsBody(TextBlock block)
    {
        var text = block.Text;
        return ParagraphLabels.StartsBlock(text) || ParagraphLabels.Preamble.IsMatch(text) || BodyHeading().IsMatch(text)
            || PreambleSubject().IsMatch(text)
            || (block.Style == BlockStyle.None && Words.Count(text) >= 12 && TextNormalizer.EndsClause(text) && !Agenda().IsMatch(text));
    }

    private static string Tidy(string text) => Spaces().Replace(text, " ").Trim(' ', ',', ';', ':', '*', '(', ')', '[', ']', '•', '-', '–');

    /// <summary>"S/2025/22", "A/AC.109/2009/17", "TD/B/CN.4/36", "S/RES/2777 (2025)", "E/2025/L.27", "A/79/5/Add.1".</summary>
    [GeneratedRegex(@"(?<![\w/.])[A-Z]{1,6}(?:\.\d{1,3})?(?:/(?:[A-Z]{1,6}(?:\.\d{1,3})?|\d{1,4}|(?:Add|Rev|Corr)\.\d{1,3}))+(?:\s*\(\d{4}\))?(?![\w/])")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"\bDistr?\.(?:\s*:)?(?:\s*(?:General|Limited|Restricted|GENERAL|LIMITED|RESTRICTED)\b)?")]
    private static partial Regex Distribution();

    // The distribution set on its own line under "Distr.".
    [GeneratedRegex(@"^\s*(?:GENERAL|LIMITED|RESTRICTED)\s*$")]
    private static partial Regex DistributionWord();

    [GeneratedRegex(@"\b(?:Original|ORIGINAL)\s*:\s*\p{L}+(?:\s*(?:/|and)\s*\p{L}+)*|^\s*(?:(?:English|French|Spanish|Arabic|Chinese|Russian|ENGLISH|FRENCH|SPANISH)\b\s*)+")]
    private static partial Regex OriginalLanguage();

    [GeneratedRegex(@"\b(?:(?:Provisional|Preliminary)\s+)?[Aa]genda\s+items?\s+\d{1,3}(?:\s*\([a-z]\))?(?:\s*(?:,|and)\s*\d{1,3}(?:\s*\([a-z]\))?)*\**|\bItems?\s+\d{1,3}(?:\s*\([a-z]\))?(?:\s*(?:,|and)\s*\d{1,3})*\s+of\s+the\s+(?:provisional\s+|preliminary\s+|annotated\s+)*agenda\**")]
    private static partial Regex Agenda();

    [GeneratedRegex(@"\bOfficial\s+Records\b|\bSupplement\s+No\.\s*\d+\b")]
    private static partial Regex OfficialRecords();

    [GeneratedRegex(@"(?:\b(?:\d{4}|[A-Z][a-z]+(?:-[a-z]+)?)\s+(?:(?:regular|special|substantive|resumed|annual|emergency|organizational)\s+)?[Ss]ession\b(?:\s+\d{4}\b)?)")]
    private static partial Regex Session();

    /// <summary>"17 March 2025", "7–11 April 2025", "27 to 31 January 2025", "25 July 2024–30 July 2025", "14–18 and 21–23 July 2025".</summary>
    private static readonly Regex DateRange = new(
        $@"\b\d{{1,2}}(?:\s*(?:–|-|to|and)\s*\d{{1,2}})*\s+(?:{MetadataInference.MonthPattern})(?:\s+\d{{4}})?(?:\s*[–-]\s*\d{{1,2}}\s+\p{{L}}+\s+\d{{4}})?",
        RegexOptions.CultureInvariant);

    // "United Nations", "UNITED NATIONS A", "UNITED TD NATIONS": the organisation and the organ's letter, around the symbol.
    [GeneratedRegex(@"^(?:(?:[A-Z]{1,2}|UNITED|United)\s+)*(?:NATIONS|Nations)\b(?:\s+[A-Z]{1,2}\b)*$|^UNITED(?:\s+[A-Z]{1,2})?$")]
    private static partial Regex OrganisationName();

    // Who speaks, not what it is: "Report of the Secretary-General", "Note by the Secretariat", "Adopted by the Security Council at …".
    [GeneratedRegex(@"^(?:(?:(?:Progress\s+)?Report|Note)\s+(?:of|by)\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:Secretary-General|Secretariat|secretariat|Administrator|Executive\s+Director|Director-General|High\s+Commissioner|President|Chair)\b.{0,40}$|Adopted\s+by\b|Rapporteur\s*:|Chair\s*:)")]
    private static partial Regex AuthorLine();

    [GeneratedRegex(@"^(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Trusteeship\s+Council|Human\s+Rights\s+Council)$", RegexOptions.IgnoreCase)]
    private static partial Regex PrincipalOrgan();

    [GeneratedRegex(@"^(?:Summary|SUMMARY|Contents|CONTENTS|Introduction|INTRODUCTION|Ringkasan|Daftar\s+Isi)$")]
    private static partial Regex BodyHeading();

    // A resolution's preamble opens with the organ acting: "The Security Council,", "The General Assembly,".
    [GeneratedRegex(@"^The\s+[\p{Lu}][\p{L}\s-]{2,80},$")]
    private static partial Regex PreambleSubject();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
