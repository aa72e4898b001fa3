using System.Text;
using Archive.Core.Analysis;
using Archive.Core.Documents;
using Archive.Core.Text;
using Archive.Core.Translation;

namespace Archive.Core.Embeddings;

/// <summary>
/// Puts Indonesian text into English words for an English-only embedding model: every glossary term is replaced by
/// its English translation ("pemulangan sukarela" → "voluntary return"), and, for a query, an Indonesian word outside
/// the glossary by its learned translation when the index generation's lexicon has one; other words stay (names,
/// acronyms and numbers read the same in both languages). English text passes through unchanged.
/// </summary>
public sealed class EnglishPivot(Glossary glossary, ArchiveAnalyzers analyzers)
{
    /// <summary>The text with its Indonesian glossary terms in English.</summary>
    public PivotedText Translate(string text) => Translate(text, TranslationLexicon.Empty, _ => false);

    /// <summary>The text with its Indonesian glossary terms and its Indonesian words the lexicon knows in English.</summary>
    /// <param name="isIndonesian">Whether a word outside the glossary's terms is Indonesian (not a word English text uses too).</param>
    public PivotedText Translate(string text, TranslationLexicon lexicon, Func<string, bool> isIndonesian)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(isIndonesian);
        var words = Words.Tokens(text);
        var output = new StringBuilder(text.Length);
        int translated = 0, content = 0, unread = 0;
        for (var i = 0; i < words.Count;)
        {
            var match = glossary.Match(words, i);
            var english = match?.Translations.FirstOrDefault(t => t.Language == DocumentLanguage.English)?.Translation;
            var length = english is null ? 1 : match!.Length;
            var spanned = words.Skip(i).Take(length).Count(w => !analyzers.IsStopWord(w.ToLowerInvariant()));
            content += spanned;
            if (english is null && spanned > 0 && isIndonesian(words[i]))
            {
                english = Learned(words[i], lexicon);
                if (english is null)
                {
                    // The model cannot read it: embedding it would only add noise to what it can read.
                    unread++;
                    i++;
                    continue;
                }
            }

            output.Append(output.Length == 0 ? string.Empty : " ").Append(english ?? words[i]);
            translated += english is null ? 0 : 1;
            i += length;
        }

        return new PivotedText(output.ToString(), translated, content == 0 ? 1 : (double)(content - unread) / content);
    }

    private string? Learned(string word, TranslationLexicon lexicon) =>
        ArchiveAnalyzers.Tokens(analyzers.Indonesian, "pivot", word) is [var term] && lexicon.Of(DocumentLanguage.Indonesian, term) is [var best, ..]
            ? best.Word
            : null;
}
