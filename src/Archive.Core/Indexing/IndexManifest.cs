namespace Archive.Core.Indexing;

/// <summary>Written beside each index generation: when it was built, from what, and what it holds.</summary>
public sealed record IndexManifest(DateTimeOffset BuiltAt, string CorpusPath, CorpusFingerprint Corpus, int Documents, int Paragraphs, int FailedFiles);
