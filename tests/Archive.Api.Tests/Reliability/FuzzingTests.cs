using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Archive.Contracts;
using Archive.Testing;

namespace Archive.Api.Tests.Reliability;

/// <summary>
/// Ten thousand fuzzed requests from a fixed seed against the real host: none may get a 5xx or go unanswered, and
/// afterwards the host is healthy and answers a normal search as before. Counts go to the test output and to
/// <c>artifacts/fuzz.md</c>.
/// </summary>
public sealed class FuzzingTests(FuzzingApiFactory api) : IClassFixture<FuzzingApiFactory>
{
    private const int Seed = 15;
    private const int Requests = 10_000;
    private const int Parallelism = 4;

    // The bundled documents' hits for a phrase: fewer than a page, so a document an upload adds cannot push one out.
    private const string Probe = "/api/search?q=%22Regional%20Support%20Office%22&k=100&sample=true";

    [Fact]
    public async Task Fuzzing_TenThousandSeededRequests_AnswersEveryOneWithout5xxAndServesOn()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var client = api.CreateApiClient();
        var before = await ProbeAsync(client, cancellation);
        var fuzzer = new RequestFuzzer(Seed, await KnownIdsAsync(client, cancellation), SamplePdfs(), FuzzingApiFactory.ApiKey);
        using var fuzzClient = FuzzClient();
        var statuses = new ConcurrentDictionary<(string Category, int Status), int>();
        var failures = new ConcurrentQueue<(int Number, string Failure)>();

        var clock = Stopwatch.StartNew();
        // Parallel.ForEachAsync draws from the generator under a lock, so the requests are made in seed order.
        await Parallel.ForEachAsync(fuzzer.Generate(Requests), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellation }, async (request, token) =>
        {
            var (status, error) = await SendAsync(fuzzClient, client.BaseAddress!, request, token);
            statuses.AddOrUpdate((request.Category, status), 1, (_, n) => n + 1);
            if (status is 0 or >= 500)
            {
                failures.Enqueue((request.Number, $"{(status == 0 ? "no answer: " + error : status.ToString(CultureInfo.InvariantCulture))}\n{request.Describe()}"));
            }
        });
        clock.Stop();

        var report = Report(statuses, clock.Elapsed);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        TestReports.Write("fuzz.md", report);
        Assert.True(failures.IsEmpty, $"{failures.Count} fuzzed requests got a 5xx or no answer (seed {Seed}); the first:\n\n"
            + string.Join("\n\n", failures.OrderBy(f => f.Number).Take(20).Select(f => f.Failure)));
        Assert.Equal(Requests, statuses.Values.Sum());
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative), cancellation);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var after = await ProbeAsync(client, cancellation);
        Assert.NotEmpty(before);
        Assert.Equal(before, after);
    }

    private static async Task<(int Status, string? Error)> SendAsync(HttpClient client, Uri baseAddress, FuzzedRequest request, CancellationToken cancellationToken)
    {
        using var message = request.ToMessage(baseAddress);
        try
        {
            using var response = await client.SendAsync(message, cancellationToken);
            // Read the body to its end: a response that fails part-way shows as an error here.
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return ((int)response.StatusCode, null);
        }
        catch (HttpRequestException ex)
        {
            return (0, ex.Message + (ex.InnerException is { } inner ? " (" + inner.Message + ")" : string.Empty));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (0, $"no response within {client.Timeout.TotalSeconds} s");
        }
    }

    // Its own client: no redirects, cookies or decompression to hide what the host answered, and header values sent
    // as UTF-8 bytes rather than refused before they reach the host.
    private static HttpClient FuzzClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
        RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    private static async Task<List<string>> ProbeAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var response = await client.GetFromJsonAsync<SearchResponse>(new Uri(Probe, UriKind.Relative), cancellationToken);
        return [.. response!.Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];
    }

    private static async Task<KnownIds> KnownIdsAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var documents = await client.GetFromJsonAsync<List<DocumentSummaryResponse>>(new Uri("/api/documents", UriKind.Relative), cancellationToken);
        var first = await client.GetFromJsonAsync<DocumentResponse>(new Uri("/api/documents/" + documents![0].Id, UriKind.Relative), cancellationToken);
        var commitments = await client.GetFromJsonAsync<CommitmentListResponse>(new Uri("/api/commitments?k=20", UriKind.Relative), cancellationToken);
        return new KnownIds([.. documents.Select(d => d.Id)], [.. first!.Paragraphs.Select(p => p.Id)], [.. commitments!.Commitments.Select(c => c.Id)]);
    }

    private static List<byte[]> SamplePdfs() =>
        [.. Directory.EnumerateFiles(RepositoryRoot.Corpus, "*.pdf").Order(StringComparer.Ordinal).Take(4).Select(File.ReadAllBytes)];

    private static string Report(IReadOnlyDictionary<(string Category, int Status), int> statuses, TimeSpan elapsed)
    {
        var codes = statuses.Keys.Select(k => k.Status).Distinct().Order().ToList();
        var categories = statuses.Keys.Select(k => k.Category).Distinct().Order(StringComparer.Ordinal).ToList();
        var total = statuses.Values.Sum();
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""
            # Fuzzing the API

            {total:N0} requests from seed {Seed}, {Parallelism} at a time, in {elapsed.TotalSeconds:F1} s against the real host (status 0: no answer).

            | category | requests | {string.Join(" | ", codes)} |
            |---|---:|{string.Concat(codes.Select(_ => "---:|"))}

            """));
        foreach (var category in categories)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {category} | {statuses.Where(s => s.Key.Category == category).Sum(s => s.Value)} | ");
            text.AppendJoin(" | ", codes.Select(code => statuses.GetValueOrDefault((category, code))));
            text.AppendLine(" |");
        }

        text.Append(CultureInfo.InvariantCulture, $"| all | {total} | ");
        text.AppendJoin(" | ", codes.Select(code => statuses.Where(s => s.Key.Status == code).Sum(s => s.Value)));
        text.AppendLine(" |");
        return text.ToString();
    }
}
