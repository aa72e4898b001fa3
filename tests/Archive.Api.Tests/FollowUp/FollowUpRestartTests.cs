using System.Net.Http.Json;
using System.Text.Json;
using Archive.Api.Tests.Uploads;

namespace Archive.Api.Tests.FollowUp;

/// <summary>The register is a file in the data folder: a new host on the same folder finds it; a host without keys refuses writes.</summary>
public sealed class FollowUpRestartTests
{
    [Fact]
    public async Task Record_AfterTheHostRestarts_IsStillThere()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var data = Path.Combine(Path.GetTempPath(), "archive-follow-up-" + Guid.NewGuid().ToString("N"));
        try
        {
            string id;
            await using (var first = new UploadApiFactory { DataPath = data })
            {
                await first.InitializeAsync();
                id = (await first.GetJsonAsync<JsonElement>("/api/commitments?lang=en&k=1")).GetProperty("commitments")[0].GetProperty("id").GetString()!;
                using var writer = first.CreateWriterClient();
                (await writer.PutAsJsonAsync(FollowUp.Url(id), new { status = "in-progress", note = "Before the restart." }, cancellation)).EnsureSuccessStatusCode();
            }

            await using var second = new UploadApiFactory { DataPath = data };
            await second.InitializeAsync();
            var current = (await second.GetJsonAsync<JsonElement>(FollowUp.Url(id))).GetProperty("current");

            Assert.Equal("Before the restart.", current.GetProperty("note").GetString());
            Assert.True(File.Exists(Path.Combine(data, "archive.db")));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
