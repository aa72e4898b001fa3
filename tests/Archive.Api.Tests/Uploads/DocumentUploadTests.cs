using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Archive.Core.Ingestion;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Uploads;

/// <summary>Adding, replacing and removing documents over HTTP on the real host, and every refusal leaving the corpus as it was.</summary>
public sealed class DocumentUploadTests(UploadApiFactory api) : IClassFixture<UploadApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_TextDocument_Is201WithLocation_AndIsServedSearchedAndAudited()
    {
        using var client = api.CreateWriterClient();
        using var form = UploadApiFactory.Form(UploadTexts.English("quokka"), "returns-note.txt", ("title", "Illustrative note on returns"));

        using var response = await client.PostAsync("/api/documents", form, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal("doc-returns-note-en", id);
        Assert.Equal($"/api/documents/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(3, body.GetProperty("paragraphs").GetInt32());
        Assert.Equal($"/documents/{id}", body.GetProperty("permalink").GetString());
        Assert.False(body.GetProperty("document").GetProperty("sample").GetBoolean());

        // Served before the answer: the document, and a search for its marker word.
        var document = await api.GetJsonAsync<JsonElement>($"/api/documents/{id}");
        Assert.Equal("Illustrative note on returns", document.GetProperty("title").GetString());
        var search = await api.GetJsonAsync<JsonElement>("/api/search?q=quokka&lang=en");
        Assert.Equal($"{id}/p1", search.GetProperty("hits")[0].GetProperty("id").GetString());

        // Stored in the uploads folder with its catalog entry, and audited under the key's name, never its secret.
        var source = body.GetProperty("document").GetProperty("source").GetString()!;
        Assert.StartsWith("uploads/", source, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(api.CorpusPath, source)));
        var catalog = await CorpusCatalog.LoadAsync(api.CorpusPath, Cancellation);
        Assert.Equal(id, catalog.Find(source)?.Id);
        var audit = await File.ReadAllLinesAsync(Path.Combine(api.CorpusPath, CorpusLayout.AuditFile), Cancellation);
        var line = JsonDocument.Parse(audit.Last(l => l.Contains(id, StringComparison.Ordinal))).RootElement;
        Assert.Equal("secretariat", line.GetProperty("actor").GetString());
        Assert.Equal("add", line.GetProperty("action").GetString());
        Assert.Equal("done", line.GetProperty("outcome").GetString());
        Assert.Equal(body.GetProperty("sha256").GetString(), line.GetProperty("sha256").GetString());
        Assert.DoesNotContain(audit, l => l.Contains(UploadApiFactory.SecretariatKey, StringComparison.Ordinal));
        var logged = api.Logs.Logs.Single(l => l.Category == "Archive.Core.Uploads.AuditLog" && l.Message.Contains(id, StringComparison.Ordinal));
        Assert.StartsWith("Corpus write by secretariat: add", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_WordDocument_IsKnownByItsContent_AndKeepsWordsNumbering()
    {
        using var client = api.CreateWriterClient();
        var word = new WordFile()
            .Styled("Title", "Illustrative note on screening (numbat)")
            .Numbered(0, "Members agreed to share screening practice with the numbat working group.")
            .Numbered(0, new WordFile.Run("Members "), new WordFile.Run("decided", WordFile.RunKind.Deleted), new WordFile.Run("considered", WordFile.RunKind.Inserted), new WordFile.Run(" a joint numbat referral guide."))
            .ToBytes();
        // Named as a PDF: the bytes say what it is.
        using var form = UploadApiFactory.Form(word, "screening-note.pdf", ("type", "other"), ("date", "2024-05"));

        using var response = await client.PostAsync("/api/documents", form, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var id = body.GetProperty("id").GetString()!;
        Assert.EndsWith(".docx", body.GetProperty("document").GetProperty("source").GetString(), StringComparison.Ordinal);
        var document = await api.GetJsonAsync<JsonElement>($"/api/documents/{id}");
        var paragraphs = document.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal(["1", "2"], paragraphs.Select(p => p.GetProperty("number").GetString()));
        Assert.Contains("Members considered a joint numbat referral guide.", paragraphs[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        var search = await api.GetJsonAsync<JsonElement>("/api/search?q=numbat%20referral&lang=en");
        Assert.Equal($"{id}/p2", search.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Add_Counterpart_PairsTheTranslations_ParagraphByParagraph()
    {
        using var client = api.CreateWriterClient();
        using var english = UploadApiFactory.Form(UploadTexts.English("wombat"), "note.txt",
            ("type", "other"), ("date", "2024-05"), ("place", "Bangkok"), ("title", "Illustrative note on returns (wombat)"));
        using var added = await client.PostAsync("/api/documents", english, Cancellation);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var englishId = (await added.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetString()!;

        using var indonesian = UploadApiFactory.Form(UploadTexts.Indonesian("wombat"), "catatan.txt",
            ("counterpart", englishId), ("title", "Catatan ilustratif tentang pemulangan (wombat)"));
        using var paired = await client.PostAsync("/api/documents", indonesian, Cancellation);

        Assert.Equal(HttpStatusCode.Created, paired.StatusCode);
        var indonesianId = (await paired.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetString()!;
        Assert.Equal(englishId[..^3] + "-id", indonesianId);
        var translation = await api.GetJsonAsync<JsonElement>($"/api/documents/{indonesianId}");
        Assert.Equal(englishId, translation.GetProperty("counterpartId").GetString());
        Assert.Equal("Bangkok", translation.GetProperty("place").GetString());
        Assert.Equal("2024-05", translation.GetProperty("date").GetString());
        Assert.All(translation.GetProperty("paragraphs").EnumerateArray(), p =>
            Assert.Equal($"{englishId}/{p.GetProperty("anchor").GetString()}", p.GetProperty("counterpartId").GetString()));

        // A third version of the pair is refused, naming the one that has it.
        using var third = UploadApiFactory.Form(UploadTexts.Indonesian("wombat-lagi"), "catatan-lagi.txt", ("counterpart", englishId));
        using var refused = await client.PostAsync("/api/documents", third, Cancellation);
        await AssertProblemAsync(refused, HttpStatusCode.Conflict, "counterpart-conflict", indonesianId);
    }

    [Fact]
    public async Task Add_WithIssuer_IsServedAndCitedAsTheIssuers_AndKeepsItThroughAReplacement()
    {
        using var client = api.CreateWriterClient();
        // A symbol line above the text, as official documents print it.
        using var form = UploadApiFactory.Form([.. "S/2025/22\n\n"u8, .. UploadTexts.English("numbat")], "letter.txt",
            ("issuer", "Security Council"), ("date", "2025-01-10"), ("place", "New York"), ("title", "Illustrative letter on returns (numbat)"));

        using var response = await client.PostAsync("/api/documents", form, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal("Security Council", body.GetProperty("document").GetProperty("issuer").GetString());
        var document = await api.GetJsonAsync<JsonElement>($"/api/documents/{id}");
        Assert.Equal("Security Council", document.GetProperty("issuer").GetString());
        Assert.Equal("S/2025/22", document.GetProperty("symbol").GetString());
        Assert.Equal("Security Council, Illustrative letter on returns (numbat) (S/2025/22), New York, 10 January 2025", document.GetProperty("citation").GetString());
        var bibtex = await client.GetStringAsync(new Uri($"/api/documents/{id}/cite?format=bibtex", UriKind.Relative), Cancellation);
        Assert.Contains("  author = {{Security Council}},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  number = {S/2025/22},\n", bibtex, StringComparison.Ordinal);
        Assert.DoesNotContain("Bali Process", bibtex, StringComparison.OrdinalIgnoreCase);
        var source = body.GetProperty("document").GetProperty("source").GetString()!;
        Assert.Equal("Security Council", (await CorpusCatalog.LoadAsync(api.CorpusPath, Cancellation)).Find(source)?.Issuer);

        // A replacement that leaves the issuer out keeps it.
        using var retitled = UploadApiFactory.Fields(("title", "Illustrative letter, retitled (numbat)"));
        using var replaced = await client.PutAsync($"/api/documents/{id}", retitled, Cancellation);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("Security Council", (await api.GetJsonAsync<JsonElement>($"/api/documents/{id}")).GetProperty("issuer").GetString());
    }

    [Fact]
    public async Task Add_ScannedPdf_IsReadByOcr_AndItsParagraphsSaySo()
    {
        using var client = api.CreateWriterClient();
        var scan = Path.Combine(RepositoryRoot.Path, "tests", "Archive.Core.Tests", "Extraction", "Documents", "scanned-bpmc6-cochairs-en.pdf");
        // Its text is the bundled 2016 statement's: other metadata keeps it from taking that document's id.
        using var form = UploadApiFactory.Form(await File.ReadAllBytesAsync(scan, Cancellation), "scan-2016.pdf",
            ("type", "other"), ("title", "Scanned copy of the 2016 statement"));

        using var response = await client.PostAsync("/api/documents", form, Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetString();
        var document = await api.GetJsonAsync<JsonElement>($"/api/documents/{id}");
        Assert.True(document.GetProperty("ocr").GetBoolean());
        var paragraphs = document.GetProperty("paragraphs").EnumerateArray().ToList();
        var numbers = paragraphs.Select(p => p.GetProperty("number").GetString()).OfType<string>().Take(5);
        Assert.Equal(["1", "2", "3", "4", "5"], numbers);
        Assert.All(paragraphs, p => Assert.InRange(p.GetProperty("ocrConfidence").GetDouble(), 0.5, 1));
    }

    [Fact]
    public async Task Add_SameBytesAsADocument_Is409NamingIt_AndChangesNothing()
    {
        using var client = api.CreateWriterClient();
        var sample = await File.ReadAllBytesAsync(Path.Combine(api.CorpusPath, "bpmc6-2016-cochairs-en.pdf"), Cancellation);
        var before = api.CorpusState();

        using var form = UploadApiFactory.Form(sample, "copy-of-the-statement.pdf");
        using var response = await client.PostAsync("/api/documents", form, Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.Conflict, "duplicate", "bpmc6-2016-cochairs-en");
        Assert.Contains("bpmc6-2016-cochairs-en", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, api.CorpusState());
    }

    [Fact]
    public async Task Add_DifferentFileWithTheIdOfADocument_Is409()
    {
        using var client = api.CreateWriterClient();
        var before = api.CorpusState();
        using var form = UploadApiFactory.Form(UploadTexts.English("numbat"), "statement.txt",
            ("type", "co-chairs-statement"), ("conference", "6"), ("date", "2016-03-23"), ("language", "en"));

        using var response = await client.PostAsync("/api/documents", form, Cancellation);

        await AssertProblemAsync(response, HttpStatusCode.Conflict, "id-taken", "bpmc6-2016-cochairs-en");
        Assert.Equal(before, api.CorpusState());
    }

    [Fact]
    public async Task Add_OverTheFileLimit_Is413_WithOrWithoutAContentLength()
    {
        using var client = api.CreateWriterClient();
        var before = api.CorpusState();
        const string Line = "1. A paragraph that repeats until the file is too large.\n\n";
        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Line, (int)(UploadApiFactory.MaxFileBytes / Line.Length) + 100)));
        Assert.True(large.Length > UploadApiFactory.MaxFileBytes);

        using var sized = UploadApiFactory.Form(large, "large.txt");
        using var declared = await client.PostAsync("/api/documents", sized, Cancellation);
        var problem = await AssertProblemAsync(declared, HttpStatusCode.RequestEntityTooLarge, "too-large", null);
        Assert.Contains("Extraction:MaxFileBytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Chunked, so only reading can find the size: it stops at the limit.
        using var chunked = new MultipartFormDataContent();
        var stream = new StreamContent(new UnseekableStream(large));
        chunked.Add(stream, "file", "large.txt");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        using var streamed = await client.SendAsync(request, Cancellation);
        await AssertProblemAsync(streamed, HttpStatusCode.RequestEntityTooLarge, "too-large", null);

        Assert.Equal(before, api.CorpusState());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", Cancellation)).StatusCode);
    }

    [Theory]
    [InlineData("scan.png", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG image")]
    [InlineData("statement.pdf", new byte[] { (byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0, 8, 0 }, "ZIP archive")]
    [InlineData("statement.pdf", new byte[] { 0, 1, 2, 3, 0, 0, 0, 4, 5, 6, 7, 8, 9, 0, 0, 0xFF, 0xFE, 0x01 }, "binary")]
    public async Task Add_NotADocumentByItsContent_Is415_WhateverItsName(string name, byte[] content, string said)
    {
        using var client = api.CreateWriterClient();
        var before = api.CorpusState();
        using var form = UploadApiFactory.Form(content, name);

        using var response = await client.PostAsync("/api/documents", form, Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-type", null);
        Assert.Contains(said, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, api.CorpusState());
    }

    [Fact]
    public async Task Add_NotMultipart_Is415()
    {
        using var client = api.CreateWriterClient();
        using var response = await client.PostAsJsonAsync("/api/documents", new { file = "x" }, Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, null, null);
        Assert.Contains("multipart/form-data", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("encrypted.pdf")]
    [InlineData("empty.txt")]
    public async Task Add_UnreadableFile_Is422_WithTheIngestReportsMessage(string fixture)
    {
        var path = fixture == "encrypted.pdf"
            ? Path.Combine(RepositoryRoot.Path, "tests", "Archive.Core.Tests", "Extraction", "Documents", "encrypted.pdf")
            : Path.Combine(Directory.CreateTempSubdirectory().FullName, fixture);
        if (!File.Exists(path))
        {
            await File.WriteAllBytesAsync(path, [], Cancellation);
        }

        var (report, _) = await api.Services.GetRequiredService<CorpusIngestor>().IngestFileAsync(path, Cancellation);
        Assert.NotNull(report.Error);
        using var client = api.CreateWriterClient();
        var before = api.CorpusState();
        using var form = UploadApiFactory.Form(await File.ReadAllBytesAsync(path, Cancellation), fixture);

        using var response = await client.PostAsync("/api/documents", form, Cancellation);

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "unreadable", null);
        Assert.Equal(report.Error, problem.GetProperty("detail").GetString());
        Assert.Equal(before, api.CorpusState());
    }

    [Fact]
    public async Task Add_BadFields_Is400NamingEachField()
    {
        using var client = api.CreateWriterClient();
        using var form = UploadApiFactory.Form(UploadTexts.English("bilby"), "note.txt",
            ("language", "fr"), ("conference", "sixth"), ("date", "March 2016"), ("issuer", new string('x', 501)), ("colour", "blue"));

        using var response = await client.PostAsync("/api/documents", form, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("errors");
        Assert.Equal(["colour", "conference", "date", "issuer", "language"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        using var noFile = UploadApiFactory.Fields(("title", "no file"));
        using var missing = await client.PostAsync("/api/documents", noFile, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("\"file\"", await missing.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replace_FileAndMetadata_KeepsTheId_AndKeepsTheOldVersionAside()
    {
        using var client = api.CreateWriterClient("researcher-key-9876543210");
        using var form = UploadApiFactory.Form(UploadTexts.English("dingo"), "first-note.txt");
        using var added = await client.PostAsync("/api/documents", form, Cancellation);
        var first = await added.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var id = first.GetProperty("id").GetString()!;

        using var newVersion = UploadApiFactory.Form(UploadTexts.English("echidna"), "second-note.txt", ("title", "Second version"));
        using var replaced = await client.PutAsync($"/api/documents/{id}", newVersion, Cancellation);

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var second = await replaced.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal(id, second.GetProperty("id").GetString());
        Assert.NotEqual(first.GetProperty("sha256").GetString(), second.GetProperty("sha256").GetString());
        Assert.Equal(0, (await api.GetJsonAsync<JsonElement>("/api/search?q=dingo&lang=en")).GetProperty("total").GetInt32());
        Assert.Equal($"{id}/p1", (await api.GetJsonAsync<JsonElement>("/api/search?q=echidna&lang=en")).GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal("Second version", (await api.GetJsonAsync<JsonElement>($"/api/documents/{id}")).GetProperty("title").GetString());
        var oldFile = Path.GetFileName(first.GetProperty("document").GetProperty("source").GetString()!);
        Assert.False(File.Exists(Path.Combine(api.CorpusPath, "uploads", oldFile)));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(api.CorpusPath, "_removed"), "*" + oldFile));

        // Metadata alone.
        using var retitled = UploadApiFactory.Fields(("title", "Third title"), ("date", "2025"));
        using var metadata = await client.PutAsync($"/api/documents/{id}", retitled, Cancellation);
        Assert.Equal(HttpStatusCode.OK, metadata.StatusCode);
        var document = await api.GetJsonAsync<JsonElement>($"/api/documents/{id}");
        Assert.Equal("Third title", document.GetProperty("title").GetString());
        Assert.Equal("2025", document.GetProperty("date").GetString());
        Assert.Equal(id, document.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Replace_ABundledOrUnknownDocument_Is403Or404()
    {
        using var client = api.CreateWriterClient();
        using var bundled = UploadApiFactory.Fields(("title", "x"));
        using var refused = await client.PutAsync("/api/documents/bpmc6-2016-cochairs-en", bundled, Cancellation);
        await AssertProblemAsync(refused, HttpStatusCode.Forbidden, "not-uploaded", "bpmc6-2016-cochairs-en");

        using var unknown = UploadApiFactory.Fields(("title", "x"));
        using var missing = await client.PutAsync("/api/documents/no-such-document-en", unknown, Cancellation);
        await AssertProblemAsync(missing, HttpStatusCode.NotFound, "not-found", "no-such-document-en");
    }

    [Fact]
    public async Task Delete_UploadedDocument_Is204_ThenGoneFromDocumentsAndSearch()
    {
        using var client = api.CreateWriterClient();
        using var form = UploadApiFactory.Form(UploadTexts.English("platypus"), "note-to-delete.txt");
        using var added = await client.PostAsync("/api/documents", form, Cancellation);
        var body = await added.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var id = body.GetProperty("id").GetString()!;
        var file = Path.GetFileName(body.GetProperty("document").GetProperty("source").GetString()!);

        using var deleted = await client.DeleteAsync($"/api/documents/{id}", Cancellation);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/documents/{id}", Cancellation)).StatusCode);
        Assert.Equal(0, (await api.GetJsonAsync<JsonElement>("/api/search?q=platypus")).GetProperty("total").GetInt32());
        Assert.Single(Directory.EnumerateFiles(Path.Combine(api.CorpusPath, "_removed"), "*" + file));
        using var again = await client.DeleteAsync($"/api/documents/{id}", Cancellation);
        await AssertProblemAsync(again, HttpStatusCode.NotFound, "not-found", id);
        using var bundled = await client.DeleteAsync("/api/documents/bpmc3-2009-cochairs-en", Cancellation);
        await AssertProblemAsync(bundled, HttpStatusCode.Forbidden, "not-uploaded", "bpmc3-2009-cochairs-en");
    }

    [Fact]
    public async Task Writes_WithoutOrWithAWrongKey_Are401_AndReadsStayOpen()
    {
        using var anonymous = api.CreateApiClient();
        using var form = UploadApiFactory.Form(UploadTexts.English("kiwi"), "kiwi.txt");
        using var none = await anonymous.PostAsync("/api/documents", form, Cancellation);
        await AssertProblemAsync(none, HttpStatusCode.Unauthorized, null, null);
        Assert.Contains("X-Api-Key", none.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);

        using var wrong = api.CreateWriterClient("secretariat-key-0123456780");
        using var deleted = await wrong.DeleteAsync("/api/documents/bpmc3-2009-cochairs-en", Cancellation);
        var problem = await AssertProblemAsync(deleted, HttpStatusCode.Unauthorized, null, null);
        Assert.Equal("The API key is not valid", problem.GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/documents/bpmc3-2009-cochairs-en", Cancellation)).StatusCode);

        // Neither a wrong key nor a right one is ever written to the log, in a message or a scope.
        Assert.DoesNotContain(api.Logs.Logs, l => new[] { l.Message }.Concat(l.Scopes.Values.Select(v => v?.ToString() ?? string.Empty))
            .Any(text => text.Contains("secretariat-key-", StringComparison.Ordinal) || text.Contains("researcher-key-", StringComparison.Ordinal)));
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? refusal, string? documentId)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        if (refusal is not null)
        {
            Assert.Equal(refusal, problem.GetProperty("refusal").GetString());
        }

        if (documentId is not null)
        {
            Assert.Equal(documentId, problem.GetProperty("documentId").GetString());
        }

        return problem;
    }

    /// <summary>A body whose length HttpClient cannot know, so it is sent chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
