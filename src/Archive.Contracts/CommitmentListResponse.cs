namespace Archive.Contracts;

/// <summary>A page of commitments.</summary>
public sealed record CommitmentListResponse(int Total, int Offset, int K, IReadOnlyList<CommitmentResponse> Commitments);
