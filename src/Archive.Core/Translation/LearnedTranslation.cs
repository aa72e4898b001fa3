namespace Archive.Core.Translation;

/// <summary>A word translation the lexicon learned from the archive's aligned paragraphs.</summary>
/// <param name="Term">The translation as its language's text field indexes it (analysed: "repatri" for "repatriation").</param>
/// <param name="Word">The word most often written for <paramref name="Term"/>, shown in explanations and put into the English pivot.</param>
/// <param name="Probability">Of the aligned sentences holding the source word, the share in which it was aligned with this translation, 0–1.</param>
/// <param name="Links">In how many aligned sentences the two were aligned with each other in both directions.</param>
public sealed record LearnedTranslation(string Term, string Word, double Probability, int Links);
