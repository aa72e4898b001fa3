using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Core.Ingestion;

namespace Archive.Api.Tests.Uploads;

/// <summary>A corpus volume that will not take the file is the service's failure: a 503 that says so, and nothing changed.</summary>
public sealed class UploadWriteFailureTests(UploadApiFactory api) : IClassFixture<UploadApiFactory>
{
    [Fact]
    public async Task Add_WhenTheStagingFolderCannotBeMade_Is503_ThenWorksOnceItCan()
    {
        var cancellation = TestContext.Current.CancellationToken;
        // A file where the staging folder should be: creating the folder fails as on a read-only or broken volume.
        var blocker = Path.Combine(api.CorpusPath, CorpusLayout.IncomingFolder);
        await File.WriteAllTextAsync(blocker, "not a folder", cancellation);
        var before = api.CorpusState();
        using var client = api.CreateWriterClient();

        using var form = UploadApiFactory.Form(UploadTexts.English("bandicoot"), "bandicoot.txt");
        using var failed = await client.PostAsync("/api/documents", form, cancellation);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        var problem = await failed.Content.ReadFromJsonAsync<JsonElement>(cancellation);
        Assert.Equal("write-failed", problem.GetProperty("refusal").GetString());
        Assert.Contains("corpus volume", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, api.CorpusState());

        File.Delete(blocker);
        using var again = UploadApiFactory.Form(UploadTexts.English("bandicoot"), "bandicoot.txt");
        using var added = await client.PostAsync("/api/documents", again, cancellation);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
    }
}
