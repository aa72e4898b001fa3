using System.Text;
using Archive.Core.Analysis;
using Archive.Core.Documents;
using Archive.Core.Text;

namespace Archive.Core.Embeddings;

/// <summary>
/// Puts Indonesian text into English words for an English-only embedding model: every glossary term is replaced by
/// its English translation ("pemulangan sukarela" → "voluntary return"); other words stay (names, acronyms and
/// numbers read the same in both languages). English text passes through unchanged.
/// </summary>
public sealed class EnglishPivot(Glossary glossary)
{
    /// <summary>The text with its Indonesian glossary terms in English, and how many terms were replaced.</summary>
    public (string Text, int Translated) Translate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words.Tokens(text);
        var output = new StringBuilder(text.Length);
        var translated = 0;
        for (var i = 0; i < words.Count;)
        {
            var match = glossary.Match(words, i);
            var english = match?.Translations.FirstOrDefault(t => t.Language == DocumentLanguage.English);
            output.Append(output.Length == 0 ? string.Empty : " ").Append(english?.Translation ?? words[i]);
            translated += english is null ? 0 : 1;
            i += english is null ? 1 : match!.Length;
        }

        return (output.ToString(), translated);
    }
}
