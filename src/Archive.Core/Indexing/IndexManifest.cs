namespace Archive.Core.Indexing;

/// <summary>Written beside each index generation: when it was built, from what, and what it holds.</summary>
/// <param name="Reader">What read the files into documents (<see cref="Ingestion.CorpusIngestor.ReaderVersion"/>): a
/// generation is brought up to date file by file only by the reader that read its documents.</param>
/// <param name="FilesRead">How many files this build read; the others' documents came from the previous generation.</param>
public sealed record IndexManifest(
    DateTimeOffset BuiltAt,
    string CorpusPath,
    CorpusFingerprint Corpus,
    int Documents,
    int Paragraphs,
    int FailedFiles,
    string? Reader = null,
    int? FilesRead = null);
