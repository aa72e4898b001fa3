namespace Archive.Contracts;

/// <summary>Why a write was refused: the status it would have had, and the ProblemDetails' title, detail and refusal code.</summary>
public sealed record WriteProblemResponse(int Status, string Title, string Detail, string? Refusal);
