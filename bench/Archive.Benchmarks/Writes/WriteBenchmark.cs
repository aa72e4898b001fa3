using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Archive.Core.Indexing;
using Archive.Core.Ingestion;
using Archive.Testing;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Archive.Benchmarks.Writes;

/// <summary>
/// What adding one document costs as the archive grows: archives of 20, 200 and 2,000 documents (the real PDFs of
/// ../shared/realdocs, or the sample corpus's, each copy made a distinct file as real documents are), then one
/// 20-page PDF uploaded to the API host (a process of its own, as deployed) with <c>POST /api/documents</c>: the time
/// to its 201 and to the first search that finds it, and the host's peak memory. Beside it in the same run, what the
/// same addition costs when every file's document is made again (a full build, <c>archive index --force</c>), with
/// the extraction cache and without it (every file extracted, as before the cache). Embeddings are off: vectors of
/// unchanged paragraphs are reused by hash either way, and embedding the sizes here from nothing would take hours.
/// </summary>
internal static class WriteBenchmark
{
    private const string BaseUrl = "http://127.0.0.1:5093";
    private const string Key = "benchmark-writer-0123456789";

    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = BenchmarkSetup.Option(args, "--sizes", "20,200,2000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var sources = Sources();
        var added = sources.MinBy(s => Math.Abs(Pages(s) - 20))!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sources.Count} source PDFs ({Path.GetDirectoryName(sources[0])}); the document added: {Path.GetFileName(added)}, {Pages(added)} pages; {Environment.ProcessorCount} cores"));
        Console.WriteLine("| documents | paragraphs | first build | upload: to 201 | to searchable | host peak RSS | full build, cached | full build, every file extracted |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var size in sizes)
        {
            await MeasureAsync(size, sources, added);
        }

        return 0;
    }

    private static async Task MeasureAsync(int size, IReadOnlyList<string> sources, string added)
    {
        var folder = Directory.CreateTempSubdirectory("archive-bench-writes-");
        try
        {
            // Each copy a document of its own, as an archive's documents are: its own bytes and its own id.
            var corpus = Directory.CreateDirectory(Path.Combine(folder.FullName, "corpus")).FullName;
            var archived = sources.Where(s => s != added).ToList();
            var entries = new List<CatalogEntry>(size);
            for (var i = 0; i < size; i++)
            {
                var file = $"doc-{i:D4}-{Path.GetFileName(archived[i % archived.Count])}";
                await CopyDistinctAsync(archived[i % archived.Count], Path.Combine(corpus, file), i);
                // An id must end in its document's language: the real set's Indonesian files are named id__*.
                var language = Path.GetFileName(archived[i % archived.Count]).StartsWith("id__", StringComparison.Ordinal) ? "id" : "en";
                entries.Add(new CatalogEntry(file, language, null, null, null, null, null, null, Sample: false, Id: string.Create(CultureInfo.InvariantCulture, $"archived-{i:D4}-{language}")));
            }

            await CorpusCatalog.WriteAsync(Path.Combine(corpus, CorpusCatalog.FileName), entries, CancellationToken.None);

            var index = Path.Combine(folder.FullName, "index");
            var cache = Path.Combine(folder.FullName, "extraction-cache");
            var first = await FullBuildAsync(folder, corpus, index, cache);

            // The same addition made by reading every file again, into indexes of their own, before the host runs: a
            // host built apart from this process is another reader, and would prune this one's extraction cache.
            var copy = Path.Combine(corpus, "added.pdf");
            await CopyDistinctAsync(added, copy, -1);
            var cached = await FullBuildAsync(folder, corpus, Path.Combine(folder.FullName, "index-full"), cache);
            var uncached = await FullBuildAsync(folder, corpus, Path.Combine(folder.FullName, "index-uncached"), Path.Combine(folder.FullName, "extraction-cache-empty"));
            File.Delete(copy);

            var upload = await UploadAsync(folder, corpus, index, cache, added, archived[0], size);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {first.Paragraphs:N0} | {first.Time.TotalSeconds:F1} s | {upload.Created.TotalSeconds:F2} s | {upload.Searchable.TotalSeconds:F2} s | {upload.PeakMegabytes:N0} MB | {cached.Time.TotalSeconds:F2} s | {uncached.Time.TotalSeconds:F2} s |"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Every file read and the index written afresh, to the generation opened for searching.</summary>
    private static async Task<(TimeSpan Time, int Paragraphs)> FullBuildAsync(DirectoryInfo folder, string corpus, string index, string cache)
    {
        await using var services = BenchmarkSetup.Services(Settings(folder, cache));
        var store = new IndexStore(index);
        var clock = Stopwatch.StartNew();
        var built = await services.GetRequiredService<IndexBuilder>().BuildAsync(corpus, store, null, CancellationToken.None, full: true);
        await services.GetRequiredService<LiveIndex>().RefreshAsync(store, CancellationToken.None);
        return (clock.Elapsed, built.Manifest.Paragraphs);
    }

    /// <summary>
    /// The API host started on the archive, another document uploaded first (which also absorbs a full build, when the
    /// host is another build of the code than the one that made the index), the PDF posted, and searches for its first paragraph's words until one
    /// finds it (the 201 comes once the document is served, so the first search should).
    /// </summary>
    private static async Task<(TimeSpan Created, TimeSpan Searchable, long PeakMegabytes)> UploadAsync(
        DirectoryInfo folder, string corpus, string index, string cache, string added, string warmUp, int size)
    {
        var api = Path.Combine(RepositoryRoot.Path, "src", "Archive.Api", "bin", "Release", "net10.0", "Archive.Api.dll");
        var arguments = new List<string> { api, "--urls", BaseUrl, "--Corpus:Path", corpus, "--Index:Path", index, "--Logging:LogLevel:Default", "Warning",
            "--Archive:ApiKeys:0", "benchmark:" + Key, "--Archive:DataPath", Path.Combine(folder.FullName, "data"), "--Archive:WriteWaitSeconds", "600" };
        foreach (var (name, value) in Settings(folder, cache))
        {
            arguments.AddRange(["--" + name, value!]);
        }

        using var host = Process.Start(new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = host.StandardOutput.ReadToEndAsync();
        var errors = host.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromMinutes(10) };
            await ApiHost.WaitUntilHealthyAsync(BaseUrl, TimeSpan.FromMinutes(10));
            // Another document uploaded first, so that the one timed finds the host's code compiled, as every upload but the first does.
            (await PostAsync(client, await File.ReadAllBytesAsync(warmUp), $"warm-up {size}", "warm-up.pdf", [])).Dispose();
            // The commitments of a new generation are linked in the background; the first list waits for them, so the
            // upload timed starts on a settled host (uploads in quick succession share the cores with that work).
            await client.GetStringAsync(new Uri("/api/commitments?k=1", UriKind.Relative));

            var clock = Stopwatch.StartNew();
            using var response = await PostAsync(client, await File.ReadAllBytesAsync(added), $"upload {size}", "uploaded.pdf", []);
            var created = clock.Elapsed;
            var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
            while (!await FindsAsync(client, id))
            {
                await Task.Delay(10);
            }

            return (created, clock.Elapsed, ApiHost.Megabytes(host.Id, "VmHWM"));
        }
        catch (Exception ex) when (ex is not InvalidOperationException)
        {
            throw new InvalidOperationException($"the API host failed: {ex.Message}\n{(host.HasExited ? await output + await errors : string.Empty)}", ex);
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    /// <summary>Posts a PDF made distinct by a comment after its end, with form fields; anything but 201 is the run's failure.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] pdf, string distinct, string name, Dictionary<string, string> fields)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent([.. pdf, .. Encoding.ASCII.GetBytes($"\n% {distinct}\n")]);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", name);
        foreach (var (field, value) in fields)
        {
            form.Add(new StringContent(value), field);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = form };
        request.Headers.Add("X-Api-Key", Key);
        var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"the upload was answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }

    /// <summary>Whether a search for the words of the document's first paragraph finds one of its paragraphs.</summary>
    private static async Task<bool> FindsAsync(HttpClient client, string id)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/documents/{Uri.EscapeDataString(id)}", UriKind.Relative)));
        var words = string.Join(' ', document.RootElement.GetProperty("paragraphs")[0].GetProperty("text").GetString()!
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)).Take(6));
        using var hits = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/search?q={Uri.EscapeDataString(words)}&k=100", UriKind.Relative)));
        return hits.RootElement.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetString()!.StartsWith(id + "/", StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> Settings(DirectoryInfo folder, string cache) => new()
    {
        ["Embeddings:Provider"] = "none",
        ["Extraction:Ocr"] = "off",
        ["Extraction:ExtractionCachePath"] = cache,
        ["Extraction:OcrCachePath"] = Path.Combine(folder.FullName, "ocr-cache"),
    };

    /// <summary>A copy whose bytes differ (a PDF comment after its end), so that its hash and its cache entry are its own.</summary>
    private static async Task CopyDistinctAsync(string source, string target, int copy)
    {
        var bytes = await File.ReadAllBytesAsync(source);
        await File.WriteAllBytesAsync(target, [.. bytes, .. Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\n% copy {copy}\n"))]);
    }

    private static List<string> Sources()
    {
        var real = Path.Combine(RepositoryRoot.Path, "..", "shared", "realdocs", "pdf");
        var folder = Directory.Exists(real) ? real : RepositoryRoot.Corpus;
        return [.. Directory.EnumerateFiles(folder, "*.pdf").Order(StringComparer.Ordinal)];
    }

    private static int Pages(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }
}
