using System.Text.RegularExpressions;

namespace Archive.Testing;

/// <summary>
/// The illustrative draft Co-Chairs' Statement the draft review is shown with, made from the bundled sample corpus
/// by rule so that it follows the corpus: twelve numbered paragraphs (Word list numbering), four taken word for word
/// from English sample paragraphs, four edited from others (a decision or agreement weakened into an encouragement,
/// as a tracked change, and the last sentence dropped), and four new ones written here. Which paragraphs are taken
/// is decided by the rules below, not listed, so that the corpus can change under it.
/// </summary>
internal static partial class IllustrativeDraft
{
    /// <summary>Paragraphs written for the draft, on things the sample corpus does not speak of.</summary>
    private static readonly string[] NewParagraphs =
    [
        "Ministers welcomed a pilot on drone patrols of remote island coastlines, run by volunteer fishing cooperatives, and asked for its costs to be published.",
        "Ministers noted a proposal for a shared school curriculum module on online safety for teenagers in rural districts.",
        "Ministers invited the host city to stage a public photography exhibition on coastal livelihoods during the next meeting week.",
        "Ministers thanked the interpreters and the catering staff of the conference venue for their long hours.",
    ];

    /// <summary>One paragraph of the draft and where it came from.</summary>
    /// <param name="Kind">verbatim, edited or new.</param>
    /// <param name="SourceText">The sample paragraph it was taken from (null for a new one).</param>
    /// <param name="Removed">The words the edit took out of the sample paragraph's wording.</param>
    public sealed record Entry(string Kind, string Text, string? SourceDocument, string? SourceText, string? Removed);

    /// <summary>The twelve paragraphs, in the draft's order: verbatim, edited, new, four times over.</summary>
    public static IReadOnlyList<Entry> Entries()
    {
        var candidates = Candidates();
        var edits = candidates.Where(c => WeakenableLead().IsMatch(c.Text) && Sentences(c.Text).Count == 2).DistinctBy(c => c.Document).Take(4).ToList();
        var verbatim = candidates.Where(c => !edits.Contains(c) && !WeakenableLead().IsMatch(c.Text) && !edits.Any(e => e.Document == c.Document))
            .DistinctBy(c => c.Document).Take(4).ToList();
        if (edits.Count < 4 || verbatim.Count < 4)
        {
            throw new InvalidOperationException("the sample corpus has too few English paragraphs of the kinds the illustrative draft takes");
        }

        var entries = new List<Entry>();
        for (var i = 0; i < 4; i++)
        {
            entries.Add(new Entry("verbatim", verbatim[i].Text, verbatim[i].Document, verbatim[i].Text, null));
            var (edited, removed) = Weaken(edits[i].Text);
            entries.Add(new Entry("edited", edited, edits[i].Document, edits[i].Text, removed));
            entries.Add(new Entry("new", NewParagraphs[i], null, null, null));
        }

        return entries;
    }

    /// <summary>The draft as Word would hold it: a title, a heading and the twelve paragraphs in one list; the edits as tracked changes.</summary>
    public static WordFile Word()
    {
        var file = new WordFile { Title = "Illustrative draft Co-Chairs' Statement" }
            .Styled("Title", "Illustrative draft Co-Chairs' Statement")
            .Styled("Heading1", "Outcomes");
        foreach (var entry in Entries())
        {
            if (entry.Kind == "edited")
            {
                var lead = WeakenableLead().Match(entry.SourceText!);
                var kept = entry.Text["Ministers encouraged members to".Length..];
                file.Numbered(0,
                    new WordFile.Run("Ministers "),
                    new WordFile.Run(lead.Groups["verb"].Value + " to", WordFile.RunKind.Deleted),
                    new WordFile.Run("encouraged members to", WordFile.RunKind.Inserted),
                    new WordFile.Run(kept));
            }
            else
            {
                file.Numbered(0, entry.Text);
            }
        }

        return file;
    }

    private static (string Text, string Removed) Weaken(string text)
    {
        var sentences = Sentences(text);
        var first = WeakenableLead().Replace(sentences[0], "Ministers encouraged members to ");
        return (first, sentences[1]);
    }

    private static List<string> Sentences(string text) => [.. SentenceEnd().Split(text).Where(s => s.Length > 0)];

    /// <summary>Numbered English paragraphs with no sub-items, of 20-70 words, in catalog order.</summary>
    private static List<(string Document, string Text)> Candidates()
    {
        var found = new List<(string, string)>();
        foreach (var entry in SampleCorpus.Entries.Where(e => e.Language == Core.Documents.DocumentLanguage.English))
        {
            var document = Path.GetFileNameWithoutExtension(entry.File);
            var lines = File.ReadAllLines(SampleCorpus.SourcePath(entry.File)).Where(l => l.Length > 0).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                var numbered = NumberedLine().Match(lines[i]);
                var subItems = i + 1 < lines.Count && SubItemLine().IsMatch(lines[i + 1]);
                var words = numbered.Success ? numbered.Groups["text"].Value.Split(' ').Length : 0;
                if (numbered.Success && !subItems && words is >= 20 and <= 70 && !lines[i].TrimEnd().EndsWith(':'))
                {
                    found.Add((document, numbered.Groups["text"].Value));
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"^\d+\.\s+(?<text>.+)$")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^\([a-z]+\)\s")]
    private static partial Regex SubItemLine();

    [GeneratedRegex(@"^Ministers (?<verb>decided|agreed) to ")]
    private static partial Regex WeakenableLead();

    [GeneratedRegex(@"(?<=\.)\s+(?=[A-Z])")]
    private static partial Regex SentenceEnd();
}
