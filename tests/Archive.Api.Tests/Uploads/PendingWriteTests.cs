using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Archive.Api.Tests.Uploads;

/// <summary>A host that answers every write at once, as one whose rebuilds outlast Archive:WriteWaitSeconds would.</summary>
public sealed class ImpatientApiFactory : UploadApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(base.Settings)
    {
        ["Archive:WriteWaitSeconds"] = "0",
    };
}

/// <summary>A write answered 202 goes on to its end, and its status address tells how it ended.</summary>
public sealed class PendingWriteTests(ImpatientApiFactory api) : IClassFixture<ImpatientApiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Add_AnsweredBeforeItsBuild_Is202_AndItsStatusEndsDone_WithTheDocumentServed()
    {
        using var client = api.CreateWriterClient();
        using var form = UploadApiFactory.Form(UploadTexts.English("pelican"), "pelican-note.txt");

        using var response = await client.PostAsync("/api/documents", form, Cancellation);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/api/writes/", location, StringComparison.Ordinal);
        var status = await PollAsync(client, location);
        Assert.Equal("done", status.GetProperty("state").GetString());
        Assert.Equal("add", status.GetProperty("action").GetString());
        var id = status.GetProperty("documentId").GetString()!;
        Assert.Equal(id, status.GetProperty("result").GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/documents/{id}", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task Add_RefusedAfterIts202_ReportsTheProblemItWouldHaveHad()
    {
        using var client = api.CreateWriterClient();
        var sample = await File.ReadAllBytesAsync(Path.Combine(api.CorpusPath, "bpmc7-2018-cochairs-en.pdf"), Cancellation);
        using var form = UploadApiFactory.Form(sample, "again.pdf");

        using var response = await client.PostAsync("/api/documents", form, Cancellation);

        // Whether the refusal came before the answer (409) or after it (202), it is the same refusal.
        JsonElement problem;
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var status = await PollAsync(client, response.Headers.Location!.OriginalString);
            Assert.Equal("refused", status.GetProperty("state").GetString());
            problem = status.GetProperty("problem");
        }

        Assert.Equal(409, problem.GetProperty("status").GetInt32());
        Assert.Equal("duplicate", problem.GetProperty("refusal").GetString());
    }

    [Fact]
    public async Task Status_OfAnUnknownTicket_Is404_AndNeedsAKey()
    {
        using var client = api.CreateWriterClient();
        using var unknown = await client.GetAsync("/api/writes/0123456789abcdef", Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var anonymous = api.CreateApiClient();
        using var refused = await anonymous.GetAsync("/api/writes/0123456789abcdef", Cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static async Task<JsonElement> PollAsync(HttpClient client, string location)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>(location, Cancellation);
            if (status.GetProperty("state").GetString() != "pending" || DateTime.UtcNow > deadline)
            {
                return status;
            }

            await Task.Delay(100, Cancellation);
        }
    }
}
