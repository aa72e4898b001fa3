namespace Archive.Contracts;

/// <summary>A body commitments can task or encourage (the <c>addressee</c> filter of <c>/api/commitments</c>).</summary>
public sealed record AddresseeResponse(string Id, string English, string Indonesian);
