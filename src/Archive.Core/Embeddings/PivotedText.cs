
namespace Archive.Core.Embeddings;

/// <summary>A text put into English for an English-only model.</summary>
/// <param name="Translated">Glossary terms and words replaced by their English.</param>
/// <param name="Readable">
/// The share of the text's words, stop words aside, that the model can read: all but the Indonesian words left
/// untranslated (1 when there are none, 0 when every word is such a word).
/// </param>
public sealed record PivotedText(string Text, int Translated, double Readable);
