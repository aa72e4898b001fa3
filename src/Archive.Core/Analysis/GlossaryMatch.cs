namespace Archive.Core.Analysis;

/// <summary>A glossary term found in a query: how many query words it spans and what it translates to.</summary>
public sealed record GlossaryMatch(int Length, IReadOnlyList<GlossaryTranslation> Translations);
