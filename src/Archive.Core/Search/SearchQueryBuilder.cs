using Archive.Core.Analysis;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Archive.Core.Translation;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Core.Search;

/// <summary>
/// Turns a parsed query into a Lucene query over both languages. Each word is looked for in the paragraphs' own
/// text (stemmed in English and in Indonesian), less strongly in their counterparts' text (so a query in one
/// language finds paragraphs of the other), through the glossary as its translation with a lower weight still, and,
/// in paragraphs that have no counterpart to carry it across, as the translations the index generation learned from
/// its aligned paragraphs, weighed lowest. Words common in either language ("the", "dan") are not required. Every
/// leaf is tagged for "why it matched".
/// </summary>
public sealed class SearchQueryBuilder(ArchiveAnalyzers analyzers, Glossary glossary)
{
    /// <summary>Weight of a match in the counterpart's text, relative to the paragraph's own text.</summary>
    public const float CounterpartWeight = 0.6f;

    /// <summary>Weight of a glossary translation, relative to the words typed.</summary>
    public const float GlossaryWeight = 0.5f;

    /// <summary>
    /// Weight of a learned translation at probability 1, relative to the words typed; it is scaled by the translation's
    /// probability, so it always weighs less than a glossary translation, which a person wrote.
    /// </summary>
    public const float LearnedWeight = 0.4f;

    /// <param name="parsed">The query.</param>
    /// <param name="exact">Unstemmed text only.</param>
    /// <param name="language">The language filter, if any: fields no paragraph of that language has are left out.</param>
    /// <param name="terms">The index it will run on, as the search's term lookup: each term is looked up once, and
    /// the strict query, the relaxed one, the exclusions and the explanations share it. Null to look terms up whenever
    /// the query runs.</param>
    /// <param name="lexicon">The translations learned with the index generation; null for none.</param>
    internal BuiltQuery Build(ParsedQuery parsed, bool exact, DocumentLanguage language = DocumentLanguage.Unknown, TermLookup? terms = null, TranslationLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var tagged = new TaggedClauseList(language, terms, lexicon ?? TranslationLexicon.Empty);
        var groups = new List<Query>();
        var index = 0;
        while (index < parsed.Groups.Count)
        {
            var (query, consumed) = exact ? (Alternatives(parsed.Groups[index], exact: true, tagged), 1) : GroupWithGlossary(parsed.Groups, index, tagged);
            if (query is not null)
            {
                groups.Add(query);
            }

            index += consumed;
        }

        if (groups.Count == 0)
        {
            throw new QuerySyntaxException("the query has only common words, which are not searched; add a more specific word", 0);
        }

        var excluded = new List<Query>();
        foreach (var item in parsed.Excluded)
        {
            if (Item(item, item.Display, exact, new TaggedClauseList(DocumentLanguage.Unknown, terms, TranslationLexicon.Empty), weight: 1) is { } query)
            {
                excluded.Add(query);
            }
        }

        return new BuiltQuery(tagged.Clauses, groups, excluded);
    }

    /// <summary>
    /// One group, or a run of single-word groups that together spell a glossary term ("trafficking in persons"):
    /// then the run matches either as its words or as the term's translation.
    /// </summary>
    private (Query? Query, int Consumed) GroupWithGlossary(IReadOnlyList<QueryGroup> groups, int start, TaggedClauseList tagged)
    {
        var run = groups.Skip(start).TakeWhile(IsSingleWord).Select(g => g.Alternatives[0].Words[0]).ToList();
        if (run.Count > 0 && glossary.Match(run, 0) is { } term)
        {
            var words = new BooleanQuery(disableCoord: true);
            foreach (var word in run.Take(term.Length))
            {
                if (Item(new QueryItem([word], false), word, exact: false, tagged, weight: 1) is { } clause)
                {
                    words.Add(clause, Occur.MUST);
                }
            }

            var either = new BooleanQuery(disableCoord: true);
            if (words.Clauses.Count > 0)
            {
                either.Add(words, Occur.SHOULD);
            }

            AddTranslations(either, term, string.Join(' ', run.Take(term.Length)), tagged);
            return (either.Clauses.Count == 0 ? null : either, term.Length);
        }

        return (Alternatives(groups[start], exact: false, tagged), 1);
    }

    private Query? Alternatives(QueryGroup group, bool exact, TaggedClauseList tagged)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var item in group.Alternatives)
        {
            if (Item(item, item.Display, exact, tagged, weight: 1) is { } clause)
            {
                any.Add(clause, Occur.SHOULD);
            }

            if (!exact && item.IsPhrase && glossary.Match(item.Words, 0) is { } term && term.Length == item.Words.Count)
            {
                AddTranslations(any, term, item.Display, tagged);
            }
        }

        return any.Clauses.Count == 0 ? null : any;
    }

    private void AddTranslations(BooleanQuery target, GlossaryMatch term, string queryTerm, TaggedClauseList tagged)
    {
        foreach (var translation in term.Translations)
        {
            var tokens = ArchiveAnalyzers.Analyze(analyzers.For(translation.Language), "query", translation.Translation);
            Add(target, IndexFields.Text(translation.Language), tokens, translation.Translation, queryTerm, MatchSource.Glossary, MatchVia.Text, GlossaryWeight, tagged);
            Add(target, IndexFields.Counterpart(translation.Language), tokens, translation.Translation, queryTerm, MatchSource.Glossary, MatchVia.Counterpart, GlossaryWeight * CounterpartWeight, tagged);
        }
    }

    /// <summary>
    /// The learned translations of a typed word, in either direction (the word is read as English and as Indonesian),
    /// each looked for in the other language's text of paragraphs without a counterpart: a paragraph with one is
    /// already found through its counterpart, the translation a person made. A translation the word itself already
    /// spells in that language adds nothing and is left out.
    /// </summary>
    private void AddLearned(BooleanQuery target, string word, string queryTerm, TaggedClauseList tagged)
    {
        foreach (var from in (DocumentLanguage[])[DocumentLanguage.English, DocumentLanguage.Indonesian])
        {
            var to = from.Other();
            var field = IndexFields.Text(to);
            if (!tagged.Searches(field) || ArchiveAnalyzers.Tokens(analyzers.For(from), "query", word) is not [var term])
            {
                continue;
            }

            var typed = ArchiveAnalyzers.Tokens(analyzers.For(to), "query", word);
            foreach (var translation in tagged.Lexicon.Of(from, term).Where(t => !typed.Contains(t.Term)))
            {
                var unpaired = new BooleanQuery(disableCoord: true)
                {
                    { tagged.TermQuery(new Term(field, translation.Term)), Occur.MUST },
                    { new TermQuery(new Term(IndexFields.Paired, "true")), Occur.MUST_NOT },
                };
                unpaired.Boost = LearnedWeight * (float)translation.Probability;
                target.Add(unpaired, Occur.SHOULD);
                tagged.Clauses.Add(new TaggedClause(unpaired, field, [translation.Term], [0], translation.Word, queryTerm, MatchSource.Learned, MatchVia.Text));
            }
        }
    }

    /// <summary>The clauses that find one word or phrase; null for a word too common to search.</summary>
    private Query? Item(QueryItem item, string queryTerm, bool exact, TaggedClauseList tagged, float weight)
    {
        var text = string.Join(' ', item.Words);
        if (!item.IsPhrase && analyzers.IsStopWord(text.ToLowerInvariant()))
        {
            return null;
        }

        var any = new BooleanQuery(disableCoord: true);
        var exactTokens = ArchiveAnalyzers.Analyze(analyzers.Exact, IndexFields.Exact, text);
        if (exact || item.IsPhrase)
        {
            Add(any, IndexFields.Exact, exactTokens, text, queryTerm, MatchSource.Query, MatchVia.Exact, weight, tagged);
            if (!exact)
            {
                Add(any, IndexFields.CounterpartExact, exactTokens, text, queryTerm, MatchSource.Query, MatchVia.Counterpart, weight * CounterpartWeight, tagged);
            }

            return any.Clauses.Count == 0 ? null : any;
        }

        var english = ArchiveAnalyzers.Analyze(analyzers.English, IndexFields.TextEnglish, text);
        var indonesian = ArchiveAnalyzers.Analyze(analyzers.Indonesian, IndexFields.TextIndonesian, text);
        Add(any, IndexFields.TextEnglish, english, text, queryTerm, MatchSource.Query, MatchVia.Text, weight, tagged);
        Add(any, IndexFields.TextIndonesian, indonesian, text, queryTerm, MatchSource.Query, MatchVia.Text, weight, tagged);
        Add(any, IndexFields.CounterpartEnglish, english, text, queryTerm, MatchSource.Query, MatchVia.Counterpart, weight * CounterpartWeight, tagged);
        Add(any, IndexFields.CounterpartIndonesian, indonesian, text, queryTerm, MatchSource.Query, MatchVia.Counterpart, weight * CounterpartWeight, tagged);
        AddLearned(any, text, queryTerm, tagged);
        return any.Clauses.Count == 0 ? null : any;
    }

    private static void Add(BooleanQuery target, string field, IReadOnlyList<AnalyzedToken> tokens, string term, string queryTerm, MatchSource source, MatchVia via, float weight, TaggedClauseList tagged)
    {
        if (tokens.Count == 0 || !tagged.Searches(field))
        {
            return;
        }

        Query leaf;
        if (tokens.Count == 1)
        {
            leaf = tagged.TermQuery(new Term(field, tokens[0].Term));
        }
        else
        {
            var phrase = tagged.PhraseQuery();
            foreach (var token in tokens)
            {
                phrase.Add(new Term(field, token.Term), token.Position);
            }

            leaf = phrase;
        }

        leaf.Boost = weight;
        target.Add(leaf, Occur.SHOULD);
        tagged.Clauses.Add(new TaggedClause(leaf, field, [.. tokens.Select(t => t.Term)], [.. tokens.Select(t => t.Position - tokens[0].Position)], term, queryTerm, source, via));
    }

    private static bool IsSingleWord(QueryGroup group) => group.Alternatives is [{ IsPhrase: false }];
}
