namespace Archive.Contracts;

/// <summary>A commitment a draft paragraph would make.</summary>
/// <param name="Strength">acknowledgement, encouragement, tasking, commitment or decision (weakest first).</param>
/// <param name="Triggers">The words that give the clause its strength ("encouraged").</param>
public sealed record DraftCommitmentResponse(string Actor, string? Addressee, string Action, string Strength, string Triggers);
