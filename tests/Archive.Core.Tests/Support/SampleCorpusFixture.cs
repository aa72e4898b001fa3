namespace Archive.Core.Tests.Support;

/// <summary>The bundled sample corpus, ingested once for a test class.</summary>
public sealed class SampleCorpusFixture() : CorpusFolderFixture(RepositoryPaths.Corpus);
