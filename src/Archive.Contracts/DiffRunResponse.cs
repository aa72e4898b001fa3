namespace Archive.Contracts;

/// <summary>A run of the word diff.</summary>
/// <param name="Op">unchanged, deleted or inserted.</param>
public sealed record DiffRunResponse(string Op, string Text);
