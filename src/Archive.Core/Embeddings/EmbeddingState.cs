namespace Archive.Core.Embeddings;

/// <summary>Whether semantic ranking can be used.</summary>
public enum EmbeddingState
{
    /// <summary>Embeddings are switched off by configuration.</summary>
    Off,

    /// <summary>Configured, not yet probed.</summary>
    Starting,

    /// <summary>The provider answers.</summary>
    Ready,

    /// <summary>The provider failed; search is lexical until it answers again.</summary>
    Degraded,
}
