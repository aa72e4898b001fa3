namespace Archive.Contracts;

/// <summary>The aligned paragraph in the other language.</summary>
public sealed record CounterpartResponse(string Id, string Language, string Text, string Citation);
