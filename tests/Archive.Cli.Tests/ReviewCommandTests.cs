using System.Text.Json;
using Archive.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace Archive.Cli.Tests;

public sealed class ReviewCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("archive-cli-review-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Review_WordDraft_PrintsEachParagraph_AsJson_AndWritesTheCommentedFile()
    {
        var index = Path.Combine(_folder.FullName, "index");
        var draft = Path.Combine(_folder.FullName, "draft.docx");
        var commented = Path.Combine(_folder.FullName, "reviewed.docx");
        IllustrativeDraft.Word().Save(draft);
        await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", index);

        var text = await CliRun.InvokeAsync("review", draft, "--index", index, "--k", "2", "--out", commented);
        var json = await CliRun.InvokeAsync("review", draft, "--index", index, "--json");

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("12 paragraphs (en): 4 verbatim, 4 edited, 4 new, 0 not compared; 4 commitments weakened.", text.Output, StringComparison.Ordinal);
        Assert.Contains("note: the document has tracked changes", text.Output, StringComparison.Ordinal);
        Assert.Contains("commitment weakened:", text.Output, StringComparison.Ordinal);
        Assert.Contains("{+", text.Output, StringComparison.Ordinal);
        Assert.Contains("agreed Indonesian:", text.Output, StringComparison.Ordinal);
        using (var document = WordprocessingDocument.Open(commented, false))
        {
            Assert.Equal(12, document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.ChildElements.Count);
        }

        using var parsed = JsonDocument.Parse(json.Output);
        Assert.Equal(
            IllustrativeDraft.Entries().Select(e => e.Kind),
            parsed.RootElement.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Review_UnreadableDraft_SaysWhy()
    {
        var png = Path.Combine(_folder.FullName, "draft.docx");
        await File.WriteAllBytesAsync(png, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], TestContext.Current.CancellationToken);
        var index = Path.Combine(_folder.FullName, "index");
        await CliRun.InvokeAsync("index", "--corpus", CliRun.Corpus, "--index", index);

        var missing = await CliRun.InvokeAsync("review", Path.Combine(_folder.FullName, "none.docx"), "--index", index);
        var image = await CliRun.InvokeAsync("review", png, "--index", index);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("cannot read the draft", missing.Error, StringComparison.Ordinal);
        Assert.Equal(1, image.ExitCode);
        Assert.Contains("PNG image", image.Error, StringComparison.Ordinal);
    }
}
