using System.Text.Json;
using Archive.Core.Documents;
using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Extraction;

/// <summary>
/// A PDF made by LibreOffice (Documents/_make_layout_fixtures.py) and what it must extract to, read from the
/// NAME.expected.json the generator wrote from the same strings.
/// </summary>
internal static class LayoutFixture
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Extraction", "Documents", name + ".pdf");

    public static Expected Read(string name) =>
        JsonSerializer.Deserialize<Expected>(File.ReadAllText(Path.ChangeExtension(PathOf(name), ".expected.json")), Json)!;

    /// <summary>Ingests the fixture as the corpus would (no catalog entry), failing with the report's error.</summary>
    public static async Task<(FileReport Report, ArchiveDocument Document)> IngestAsync(string name)
    {
        var (report, document) = await Services.Ingestor().IngestFileAsync(PathOf(name), TestContext.Current.CancellationToken);
        return (report, document ?? throw new InvalidOperationException(report.Error));
    }

    /// <summary>The document's numbered paragraph with this printed number, or a failure listing what there is.</summary>
    public static Paragraph Numbered(ArchiveDocument document, string number) =>
        document.Paragraphs.SingleOrDefault(p => p.Number == number && p.Attachment is null)
        ?? throw new Xunit.Sdk.XunitException($"no single paragraph numbered {number}; have {Describe(document)}");

    public static string Describe(ArchiveDocument document) =>
        string.Join(" | ", document.Paragraphs.Select(p => $"{p.Anchor} [{p.Section}] {p.Text}"));

    public sealed record Expected(
        string Title,
        string? Date,
        string? Issuer,
        string? Symbol,
        string? Session,
        string? AgendaTitle,
        string? Author,
        IReadOnlyList<ExpectedParagraph> Paragraphs,
        IReadOnlyList<ExpectedFootnote> Footnotes,
        IReadOnlyList<string>? Headings,
        IReadOnlyList<string>? Running,
        IReadOnlyList<IReadOnlyList<string>>? Tables)
    {
        public ExpectedParagraph Paragraph(string number) => Paragraphs.Single(p => p.Number == number);
    }

    public sealed record ExpectedParagraph(string Number, string Text, IReadOnlyList<string> Footnotes, string? Section, IReadOnlyList<int>? Pages);

    public sealed record ExpectedFootnote(string Marker, string Text);
}
