using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archive.Testing;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Archive.Api.Tests.Drafts;

/// <summary>The illustrative draft (<see cref="IllustrativeDraft"/>) reviewed over HTTP, as JSON and as a commented Word file opened by LibreOffice.</summary>
public sealed class DraftEndpointsTests(ArchiveApiFactory api) : IClassFixture<ArchiveApiFactory>
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WordDraft_IsReviewedParagraphByParagraph()
    {
        var entries = IllustrativeDraft.Entries();
        using var client = api.CreateApiClient();
        using var form = Form(IllustrativeDraft.Word().ToBytes(), "draft.docx");

        using var response = await client.PostAsync("/api/drafts/review", form, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal("en", body.GetProperty("language").GetString());
        var summary = body.GetProperty("summary");
        Assert.Equal((12, 4, 4, 4, 0, 4), (summary.GetProperty("paragraphs").GetInt32(), summary.GetProperty("verbatim").GetInt32(), summary.GetProperty("edited").GetInt32(),
            summary.GetProperty("new").GetInt32(), summary.GetProperty("skipped").GetInt32(), summary.GetProperty("weakened").GetInt32()));
        Assert.Contains(body.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("tracked changes", StringComparison.Ordinal));
        var paragraphs = body.GetProperty("paragraphs").EnumerateArray().ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var paragraph = paragraphs[i];
            Assert.Equal(entries[i].Kind, paragraph.GetProperty("status").GetString());
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), paragraph.GetProperty("number").GetString());
            if (entries[i].Kind == "new")
            {
                continue;
            }

            var source = paragraph.GetProperty("precedents")[0];
            Assert.Equal(entries[i].SourceText, source.GetProperty("text").GetString());
            Assert.Equal("id", source.GetProperty("counterpart").GetProperty("language").GetString());
            Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("counterpart").GetProperty("text").GetString()));
            if (entries[i].Kind == "verbatim")
            {
                Assert.Equal(1.0, source.GetProperty("similarity").GetDouble());
            }
            else
            {
                Assert.Equal(("weakened", "encouragement"), (paragraph.GetProperty("strengthChange").GetString(),
                    paragraph.GetProperty("commitments").EnumerateArray().Select(c => c.GetProperty("strength").GetString()).Min()));
            }
        }
    }

    [Fact]
    public async Task JsonParagraphs_AndPlainText_AreReviewedToo()
    {
        var entries = IllustrativeDraft.Entries();
        using var client = api.CreateApiClient();

        using var json = await client.PostAsJsonAsync("/api/drafts/review", new { paragraphs = new[] { entries[0].Text, entries[2].Text }, k = 1 }, Cancellation);
        using var text = await client.PostAsync("/api/drafts/review?lang=en",
            new StringContent($"1. {entries[0].Text}\n\n2. {entries[2].Text}\n", Encoding.UTF8, "text/plain"), Cancellation);

        foreach (var response in new[] { json, text })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var paragraphs = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("paragraphs");
            Assert.Equal(["verbatim", "new"], paragraphs.EnumerateArray().Select(p => p.GetProperty("status").GetString()));
        }
    }

    [Fact]
    public async Task IndonesianDraft_GetsIndonesianPrecedents_AndTheEnglishAgreedWording()
    {
        var paragraph = await api.GetJsonAsync<JsonElement>("/api/paragraphs/bpmc6-2016-cochairs-id/p5");
        using var client = api.CreateApiClient();

        using var response = await client.PostAsJsonAsync("/api/drafts/review", new { paragraphs = new[] { paragraph.GetProperty("text").GetString() } }, Cancellation);

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal("id", body.GetProperty("language").GetString());
        var source = body.GetProperty("paragraphs")[0].GetProperty("precedents")[0];
        Assert.Equal("bpmc6-2016-cochairs-id/p5", source.GetProperty("id").GetString());
        Assert.Equal("bpmc6-2016-cochairs-en/p5", source.GetProperty("counterpart").GetProperty("id").GetString());
    }

    [Fact]
    public async Task CommentedWordFile_CarriesTheReview_AndOpensInLibreOffice()
    {
        var entries = IllustrativeDraft.Entries();
        using var client = api.CreateApiClient();
        using var form = Form(IllustrativeDraft.Word().ToBytes(), "draft.docx");

        using var response = await client.PostAsync("/api/drafts/review?format=docx", form, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WordType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);
        var comments = ReadComments(bytes);
        Assert.Equal(12, comments.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var expected = entries[i].Kind switch
            {
                "verbatim" => "Agreed language, word for word:",
                "edited" => "Edited from",
                _ => "New:",
            };
            Assert.StartsWith(expected, comments[i], StringComparison.Ordinal);
        }

        Assert.All(comments.Where((_, i) => entries[i].Kind == "edited"), c => Assert.Contains("Commitment weakened:", c, StringComparison.Ordinal));
        Assert.All(comments.Where((_, i) => entries[i].Kind != "new"), c => Assert.Contains("Agreed Indonesian wording:", c, StringComparison.Ordinal));

        // LibreOffice opens it: converted to PDF with its comments as annotations, the text and the notes are there.
        var folder = Directory.CreateTempSubdirectory("draft-review-").FullName;
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "reviewed.docx"), bytes, Cancellation);
            await ExternalProcess.RunAsync("soffice",
                [$"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", """pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}""", "--outdir", folder, "reviewed.docx"],
                folder, new Dictionary<string, string>(), Cancellation);
            using var pdf = PdfDocument.Open(Path.Combine(folder, "reviewed.pdf"));
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            var notes = pdf.GetPages().SelectMany(p => Notes(pdf, p)).ToList();
            Assert.Contains("Review against agreed language: 4 verbatim, 4 edited, 4 new", text, StringComparison.Ordinal);
            Assert.Contains(Words(entries[2].Text[..40]), Words(text), StringComparison.Ordinal);
            Assert.Equal(12, notes.Count(n => n.StartsWith("Agreed language", StringComparison.Ordinal) || n.StartsWith("Edited from", StringComparison.Ordinal) || n.StartsWith("New:", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("{}", "application/json", HttpStatusCode.BadRequest, "paragraphs")]
    [InlineData("{\"text\": \"x\", \"paragraphs\": [\"y\"]}", "application/json", HttpStatusCode.BadRequest, "one of the two")]
    [InlineData("{\"paragraphs\": [\"Ministers met.\"], \"k\": 9}", "application/json", HttpStatusCode.BadRequest, "between 1 and 5")]
    [InlineData("{\"paragraphs\": [\"Ministers met.\"], \"lang\": \"fr\"}", "application/json", HttpStatusCode.BadRequest, "en or id")]
    [InlineData("{not json", "application/json", HttpStatusCode.BadRequest, "JSON")]
    [InlineData("", "text/plain", HttpStatusCode.BadRequest, "no draft")]
    public async Task BadRequests_GetProblemDetails(string body, string type, HttpStatusCode status, string said)
    {
        using var client = api.CreateApiClient();

        using var response = await client.PostAsync("/api/drafts/review", new StringContent(body, Encoding.UTF8, type), Cancellation);

        await AssertProblemAsync(response, status, said);
    }

    [Fact]
    public async Task UnreadableOrForeignFiles_Are415Or422_AndAnUnknownFormat400()
    {
        using var client = api.CreateApiClient();
        using var png = Form([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "draft.docx");
        var word = new WordFile().Plain("Ministers met.").ToBytes();
        using var broken = Form(word[..(word.Length / 2)], "draft.docx");
        using var good = Form(word, "draft.docx");

        await AssertProblemAsync(await client.PostAsync("/api/drafts/review", png, Cancellation), HttpStatusCode.UnsupportedMediaType, "PNG image");
        await AssertProblemAsync(await client.PostAsync("/api/drafts/review", broken, Cancellation), HttpStatusCode.UnprocessableEntity, "not a readable Word document");
        await AssertProblemAsync(await client.PostAsync("/api/drafts/review?format=pdf", good, Cancellation), HttpStatusCode.BadRequest, "json or docx");
    }

    [Fact]
    public async Task TooManyParagraphs_Is413()
    {
        using var client = api.CreateApiClient();

        using var response = await client.PostAsJsonAsync("/api/drafts/review", new { paragraphs = Enumerable.Repeat("Ministers met in Bali.", 301).ToArray() }, Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "at most 300");
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string said)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(said, await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        }
    }

    private static MultipartFormDataContent Form(byte[] file, string name)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        return form;
    }

    private static List<string> ReadComments(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.Elements<DocumentFormat.OpenXml.Wordprocessing.Comment>()
            .Select(c => string.Join("\n", c.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText)))];
    }

    /// <summary>The texts of a page's note (comment) annotations, read from its dictionary: PdfPig's own annotation reader refuses LibreOffice's popups, which have no rectangle.</summary>
    private static IEnumerable<string> Notes(PdfDocument pdf, UglyToad.PdfPig.Content.Page page)
    {
        if (!page.Dictionary.TryGet(NameToken.Annots, pdf.Structure.TokenScanner, out ArrayToken? annotations))
        {
            yield break;
        }

        foreach (var item in annotations.Data)
        {
            var annotation = item is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data as DictionaryToken : item as DictionaryToken;
            if (annotation is not null && annotation.TryGet(NameToken.Subtype, out NameToken subtype) && subtype.Equals(NameToken.Text)
                && annotation.TryGet(NameToken.Contents, out IToken contents))
            {
                // LibreOffice writes the text as UTF-16 in hex.
                yield return contents switch
                {
                    HexToken hex => hex.Data,
                    StringToken text => text.Data,
                    _ => string.Empty,
                };
            }
        }
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
