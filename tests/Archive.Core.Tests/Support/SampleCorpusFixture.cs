using Archive.Core.Ingestion;

namespace Archive.Core.Tests.Support;

/// <summary>The bundled sample corpus, ingested once for a test class.</summary>
public sealed class SampleCorpusFixture : IAsyncLifetime
{
    private IngestResult? _result;

    public IngestResult Result => _result ?? throw new InvalidOperationException("not initialised");

    public async ValueTask InitializeAsync() =>
        _result = await Services.Ingestor().IngestAsync(RepositoryPaths.Corpus, progress: null, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
