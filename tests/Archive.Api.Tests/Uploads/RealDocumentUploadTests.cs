using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Testing;

namespace Archive.Api.Tests.Uploads;

/// <summary>
/// A real UN document (a Security Council letter with an annex and many footnotes) uploaded to the real host and
/// served back, checked against the hand-made truth beside it. Both are third-party files in ../shared/realdocs/,
/// read in place and never copied: when the folder is absent, the test says so and is skipped.
/// </summary>
public sealed partial class RealDocumentUploadTests(UploadApiFactory api) : IClassFixture<UploadApiFactory>
{
    private const string FileName = "un__S_2025_22.pdf";

    private static readonly string RealDocs = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "realdocs"));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_SecurityCouncilLetter_IsServedAsItsCoverAndTruthSay_AndCitedAsTheCouncils()
    {
        var pdf = Path.Combine(RealDocs, "pdf", FileName);
        var truthPath = Path.Combine(RealDocs, "truth", FileName + ".json");
        if (!File.Exists(pdf) || !File.Exists(truthPath))
        {
            Assert.Skip($"the real documents are not on this machine ({pdf} and {truthPath} are needed)");
        }

        using var truth = JsonDocument.Parse(await File.ReadAllTextAsync(truthPath, Cancellation));
        using var client = api.CreateWriterClient();
        using var form = UploadApiFactory.Form(await File.ReadAllBytesAsync(pdf, Cancellation), FileName);

        using var response = await client.PostAsync("/api/documents", form, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetString()!;
        var document = await api.GetJsonAsync<JsonElement>($"/api/documents/{id}");
        var paragraphs = document.GetProperty("paragraphs").EnumerateArray().ToList();
        var footnotes = document.GetProperty("footnotes").EnumerateArray().ToList();
        var truthParagraphs = truth.RootElement.GetProperty("paragraphs").EnumerateArray().ToList();
        var truthNotes = truth.RootElement.GetProperty("footnotes").EnumerateArray().Select(n => Normalise(n.GetProperty("text").GetString())).ToList();

        // Metadata from the cover.
        var titles = truth.RootElement.GetProperty("title_alternatives").EnumerateArray().Select(t => Normalise(t.GetString()))
            .Append(Normalise(truth.RootElement.GetProperty("title").GetString())).ToList();
        Assert.Contains(Normalise(document.GetProperty("title").GetString()), titles);
        Assert.Equal(truth.RootElement.GetProperty("date").GetString(), document.GetProperty("date").GetString());
        Assert.Equal("Security Council", document.GetProperty("issuer").GetString());
        Assert.Equal("S/2025/22", document.GetProperty("symbol").GetString());

        // Paragraphs: every numbered one, none of them a footnote.
        Assert.Equal(
            truthParagraphs.Count(p => p.GetProperty("number").ValueKind == JsonValueKind.String),
            paragraphs.Count(p => p.GetProperty("number").ValueKind == JsonValueKind.String));
        Assert.True(footnotes.Count >= 0.9 * truthNotes.Count, $"{footnotes.Count} footnotes of the truth's {truthNotes.Count}");
        var texts = paragraphs.Select(p => Normalise(p.GetProperty("text").GetString())).ToList();
        Assert.All(truthNotes.Where(n => n.Split(' ').Length >= 5), note => Assert.DoesNotContain(texts, t => t.Contains(note, StringComparison.Ordinal)));
        Assert.All(footnotes.Select(f => Normalise(f.GetProperty("text").GetString())), note => Assert.DoesNotContain(note, texts));

        // Citations name the Council, never the Bali Process.
        var bibtex = await client.GetStringAsync(new Uri($"/api/documents/{id}/cite?format=bibtex", UriKind.Relative), Cancellation);
        Assert.Contains("  author = {{Security Council}},\n", bibtex, StringComparison.Ordinal);
        Assert.DoesNotContain("Bali Process", bibtex, StringComparison.OrdinalIgnoreCase);
        var csl = await client.GetStringAsync(new Uri($"/api/documents/{id}/cite?format=csl-json", UriKind.Relative), Cancellation);
        using var item = JsonDocument.Parse(csl);
        Assert.Equal("Security Council", Assert.Single(item.RootElement.EnumerateArray()).GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.DoesNotContain("Bali Process", csl, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Text as a reader compares it: case, spacing, quotes and dashes do not count.</summary>
    private static string Normalise(string? text)
    {
        var normalised = (text ?? string.Empty).Normalize(NormalizationForm.FormKC)
            .Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace('\u2013', '-').Replace('\u2014', '-');
        return Spaces().Replace(normalised, " ").Trim().ToLower(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
