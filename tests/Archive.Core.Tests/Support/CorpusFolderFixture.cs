using Archive.Core.Ingestion;

namespace Archive.Core.Tests.Support;

/// <summary>A folder of documents with its catalog.json, ingested once for a test class.</summary>
public abstract class CorpusFolderFixture(string folder) : IAsyncLifetime
{
    private IngestResult? _result;

    public IngestResult Result => _result ?? throw new InvalidOperationException("not initialised");

    public async ValueTask InitializeAsync() =>
        _result = await Services.Ingestor().IngestAsync(folder, progress: null, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
