using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// The fresh commitment test set (Commitments/Fresh, copied to the output), ingested once for a test class. It is
/// kept apart from the bundled corpus: nothing else ingests this folder.
/// </summary>
public sealed class FreshCommitmentSetFixture : IAsyncLifetime
{
    private IngestResult? _result;

    /// <summary>The folder holding the fresh documents and their catalog.json.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Commitments", "Fresh");

    public IngestResult Result => _result ?? throw new InvalidOperationException("not initialised");

    public async ValueTask InitializeAsync() =>
        _result = await Services.Ingestor().IngestAsync(Folder, progress: null, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
