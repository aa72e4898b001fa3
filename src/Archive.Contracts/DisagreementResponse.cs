namespace Archive.Contracts;

/// <summary>The English and Indonesian versions of one clause, read differently.</summary>
public sealed record DisagreementResponse(DisagreementSide English, DisagreementSide Indonesian);
