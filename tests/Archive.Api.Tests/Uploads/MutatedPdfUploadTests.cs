using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Core.Ingestion;
using Archive.Testing;

namespace Archive.Api.Tests.Uploads;

/// <summary>
/// Damaged copies of the sample PDFs uploaded with a valid key (fixed seed): never a 5xx, and the corpus changes only
/// by the ones accepted, each catalogued with its file; a refused one leaves nothing behind.
/// </summary>
public sealed class MutatedPdfUploadTests(UploadApiFactory api) : IClassFixture<UploadApiFactory>
{
    private const int Seed = 20_261_215;
    private const int Uploads = 60;

    [Fact]
    public async Task Upload_60DamagedPdfs_IsNever5xx_AndOnlyWhatIsAcceptedIsInTheCorpus()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var samples = Directory.GetFiles(RepositoryRoot.Corpus, "*.pdf").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var random = new Random(Seed);
        var before = api.CorpusState();
        using var client = api.CreateWriterClient();
        var statuses = new Dictionary<HttpStatusCode, int>();
        var accepted = new List<string>();

        for (var i = 0; i < Uploads; i++)
        {
            var kind = i % PdfDamage.Kinds.Count;
            var damaged = PdfDamage.Apply(samples[i % samples.Count], kind, random);
            using var form = UploadApiFactory.Form(damaged, $"damaged-{i:D2}-{PdfDamage.Kinds[kind]}.pdf");
            using var response = await client.PostAsync("/api/documents", form, cancellation);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellation);

            Assert.True((int)response.StatusCode < 500, $"upload {i} ({PdfDamage.Kinds[kind]}) got {(int)response.StatusCode}: {body}");
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            if (response.StatusCode == HttpStatusCode.Created)
            {
                accepted.Add(body.GetProperty("document").GetProperty("source").GetString()!);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
            }
        }

        TestContext.Current.SendDiagnosticMessage($"{Uploads} damaged PDFs: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(int)s.Key} × {s.Value}")));
        var after = api.CorpusState();
        var added = after.Keys.Except(before.Keys).Order(StringComparer.Ordinal).ToList();
        var expected = accepted.Select(a => a.Replace('/', Path.DirectorySeparatorChar)).ToList();
        if (accepted.Count > 0)
        {
            expected.Add(Path.Combine(CorpusLayout.UploadsFolder, CorpusCatalog.FileName));
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), added);
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        var catalog = await CorpusCatalog.LoadAsync(api.CorpusPath, cancellation);
        Assert.All(accepted, source => Assert.NotNull(catalog.Find(source)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", cancellation)).StatusCode);
    }
}
