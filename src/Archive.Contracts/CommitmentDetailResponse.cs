namespace Archive.Contracts;

/// <summary>One commitment with its whole lineage as a timeline.</summary>
public sealed record CommitmentDetailResponse(CommitmentResponse Commitment, LineageResponse? Lineage);
