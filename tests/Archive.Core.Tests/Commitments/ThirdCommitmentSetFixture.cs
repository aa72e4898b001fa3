using Archive.Core.Ingestion;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// The third commitment test set (Commitments/Third, copied to the output), ingested once for a test class. Like the
/// fresh set it is kept apart from the bundled corpus: nothing else ingests this folder.
/// </summary>
public sealed class ThirdCommitmentSetFixture : IAsyncLifetime
{
    private IngestResult? _result;

    /// <summary>The folder holding the third set's documents and their catalog.json.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Commitments", "Third");

    public IngestResult Result => _result ?? throw new InvalidOperationException("not initialised");

    public async ValueTask InitializeAsync() =>
        _result = await Services.Ingestor().IngestAsync(Folder, progress: null, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
