using Archive.Core.Documents;
using Archive.Core.Indexing;
using Archive.Core.Translation;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// The tagged clauses built so far, which fields are worth searching under the language filter, and the learned
/// translations the query may use.
/// </summary>
internal sealed class TaggedClauseList(DocumentLanguage language, TermLookup? terms, TranslationLexicon lexicon)
{
    public List<TaggedClause> Clauses { get; } = [];

    public TranslationLexicon Lexicon => lexicon;

    /// <summary>
    /// An English paragraph has English text and an Indonesian counterpart; searching it for Indonesian text or an
    /// English counterpart can only cost time.
    /// </summary>
    public bool Searches(string field) => language switch
    {
        DocumentLanguage.English => field is not (IndexFields.TextIndonesian or IndexFields.CounterpartEnglish),
        DocumentLanguage.Indonesian => field is not (IndexFields.TextEnglish or IndexFields.CounterpartIndonesian),
        _ => true,
    };

    /// <summary>A term query, with the term's place in the index looked up once when the index is known.</summary>
    public TermQuery TermQuery(Term term) => terms is null ? new TermQuery(term) : terms.Query(term);

    /// <summary>An exact phrase query, its terms looked up once when the index is known.</summary>
    public PhraseQuery PhraseQuery() => terms is null ? new PhraseQuery() : terms.Phrase();
}
