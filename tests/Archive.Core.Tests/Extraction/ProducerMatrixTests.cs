using System.Text.Json;
using Archive.Core.Documents;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Extraction;

/// <summary>
/// The project's own source texts printed by seven PDF producers (<c>Extraction/Producers/</c>, made by its
/// <c>generate.py</c>), each with its running heads, feet and page numbers, its fonts and its way of hanging a
/// number: the paragraphs read back must be the source's paragraphs, with no running text inside any of them.
/// </summary>
public sealed class ProducerMatrixTests : IDisposable
{
    // Running text the producers print; none of it is in any source paragraph.
    private static readonly string[] RunningText = ["16-04512", "file://", "archive-producers", "BP/MC."];

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("chromium")]
    [InlineData("wkhtmltopdf")]
    [InlineData("weasyprint")]
    [InlineData("pdflatex")]
    [InlineData("groff")]
    [InlineData("wordlike")]
    [InlineData("libreoffice")]
    public async Task Extract_PdfsFromProducer_GiveTheSourceParagraphsWithoutRunningText(string producer)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Extraction", "Producers");
        var files = Directory.GetFiles(folder, producer + "--*.pdf").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, files.Count);
        var expected = 0;
        var found = 0;
        var misses = new List<string>();
        foreach (var pdf in files)
        {
            var document = await IngestAsync(pdf);
            var want = Expected(pdf);
            var texts = document.Paragraphs.Select(p => Normalise(p.Text)).ToHashSet(StringComparer.Ordinal);
            expected += want.Count;
            found += want.Count(texts.Contains);
            misses.AddRange(want.Where(t => !texts.Contains(t)).Select(t => $"{Path.GetFileName(pdf)}: {t[..Math.Min(90, t.Length)]}"));
            Assert.All(document.Paragraphs, p => Assert.DoesNotContain(RunningText, r => p.Text.Contains(r, StringComparison.Ordinal)));
        }

        Assert.True(found >= 0.98 * expected, $"{producer}: {found} of {expected} paragraphs read back\n" + string.Join('\n', misses));
    }

    private static List<string> Expected(string pdf)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(pdf[..^4] + ".expected.json"));
        return [.. json.RootElement.GetProperty("paragraphs").EnumerateArray().Select(p => Normalise(p.GetProperty("text").GetString()!))];
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<ArchiveDocument> IngestAsync(string pdf)
    {
        // Copied alone into a folder of its own, so no catalog gives it metadata: the file speaks for itself.
        var path = _folder.File(Path.GetFileName(pdf));
        File.Copy(pdf, path);
        var (report, document) = await Services.Ingestor().IngestFileAsync(path, TestContext.Current.CancellationToken);
        return document ?? throw new InvalidOperationException(report.Error);
    }
}
