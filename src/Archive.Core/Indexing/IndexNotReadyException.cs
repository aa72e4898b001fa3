namespace Archive.Core.Indexing;

/// <summary>The service has no index open yet (it is still being built).</summary>
public sealed class IndexNotReadyException() : Exception("the index is not ready yet; it is being built");
