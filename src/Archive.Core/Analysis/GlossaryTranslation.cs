using Archive.Core.Documents;

namespace Archive.Core.Analysis;

/// <summary>One translation of a glossary term.</summary>
/// <param name="Term">The term as the glossary writes it in the query's language.</param>
/// <param name="Translation">Its rendering in <paramref name="Language"/>.</param>
public sealed record GlossaryTranslation(string Term, string Translation, DocumentLanguage Language);
