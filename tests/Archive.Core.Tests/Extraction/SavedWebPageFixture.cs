using System.Text.Json;
using Archive.Core.Documents;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Extraction;

/// <summary>
/// The saved web pages in Documents/web, written for these tests in the shapes real sites have, each ingested once
/// as a user's upload would be, with what a reader of the page expects from it (its .expected.json).
/// </summary>
public sealed class SavedWebPageFixture : IAsyncLifetime
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Extraction", "Documents", "web");

    private readonly Dictionary<string, (ArchiveDocument Document, Expectation Expected)> _pages = [];

    /// <summary>
    /// The pages: a ministry press release, an Indonesian div-soup page, an ASEAN-style article, a page with notes;
    /// then the shapes of other site builders: WordPress with comments, an author box and related posts, Joomla in a
    /// layout table, Drupal, and a title banner above an article with its notes in asides.
    /// </summary>
    public static TheoryData<string> Names { get; } =
    [
        "ministry-press-release-en", "kementerian-siaran-pers-id", "asean-chairmans-statement-en", "declaration-with-notes-en",
        "embassy-wordpress-en", "direktorat-joomla-tabel-id", "envoy-drupal-en", "forum-banner-notes-en",
    ];

    public ArchiveDocument Document(string name) => _pages[name].Document;

    public Expectation Expected(string name) => _pages[name].Expected;

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        foreach (var name in Names.Select(row => row.Data))
        {
            var (report, document) = await Services.Ingestor().IngestFileAsync(Path.Combine(Folder, name + ".html"), cancellationToken);
            var expected = JsonSerializer.Deserialize<Expectation>(
                await File.ReadAllTextAsync(Path.Combine(Folder, name + ".expected.json"), cancellationToken), JsonSerializerOptions.Web);
            _pages[name] = (document ?? throw new InvalidOperationException(report.Error), expected!);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>What a reader takes from a page: its statement, and the chrome strings that are not part of it.</summary>
    public sealed record Expectation(
        string Title,
        string Date,
        string? Issuer,
        IReadOnlyList<ExpectedParagraph> Paragraphs,
        IReadOnlyList<string> Chrome,
        IReadOnlyList<ExpectedNote> Footnotes,
        IReadOnlyDictionary<string, IReadOnlyList<string>> NoteRefs);

    public sealed record ExpectedParagraph(string Anchor, string Text);

    public sealed record ExpectedNote(string Marker, string Text);
}
