using Archive.Core.Analysis;
using Archive.Core.Documents;

namespace Archive.Core.Commitments;

/// <summary>
/// The topics commitments are filed under (<c>Resources/topics.tsv</c>), each with a label and terms in both
/// languages. Terms match on analysed (stemmed) words in the clause's own language, so "returned persons" matches
/// "return" and "dipulangkan" matches "pemulangan".
/// </summary>
public sealed class TopicVocabulary
{
    private readonly ArchiveAnalyzers _analyzers;
    private readonly List<(Topic Topic, DocumentLanguage Language, string Term, string[] Stems)> _terms = [];

    public TopicVocabulary(ArchiveAnalyzers analyzers)
    {
        _analyzers = analyzers;
        var topics = new List<Topic>();
        foreach (var columns in ResourceTable.Read("topics.tsv", "id", "english label", "indonesian label", "english terms", "indonesian terms"))
        {
            var topic = new Topic(columns[0], columns[1], columns[2]);
            topics.Add(topic);
            AddTerms(topic, DocumentLanguage.English, columns[3]);
            AddTerms(topic, DocumentLanguage.Indonesian, columns[4]);
        }

        All = topics;
    }

    public IReadOnlyList<Topic> All { get; }

    public Topic? Find(string id) => All.FirstOrDefault(t => t.Id == id);

    /// <summary>What every caller says of a topic id the vocabulary does not know: the id, and the ids it knows.</summary>
    public string Unknown(string id) => $"unknown topic \"{id}\"; the topics are {string.Join(", ", All.Select(t => t.Id))}.";

    /// <summary>The topics a clause is about, in vocabulary order, with the terms that matched.</summary>
    public IReadOnlyList<TopicMatch> Match(string text, DocumentLanguage language)
    {
        var stems = ArchiveAnalyzers.Tokens(_analyzers.For(language), "topics", text);
        var found = new List<TopicMatch>();
        foreach (var topic in _terms.Where(t => t.Language == language).GroupBy(t => t.Topic))
        {
            var words = topic.Where(t => Contains(stems, t.Stems)).Select(t => t.Term).ToList();
            if (words.Count > 0)
            {
                found.Add(new TopicMatch(topic.Key.Id, words));
            }
        }

        return found;
    }

    private void AddTerms(Topic topic, DocumentLanguage language, string terms)
    {
        foreach (var term in terms.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var stems = ArchiveAnalyzers.Tokens(_analyzers.For(language), "topics", term).ToArray();
            if (stems.Length > 0)
            {
                _terms.Add((topic, language, term, stems));
            }
        }
    }

    private static bool Contains(IReadOnlyList<string> stems, string[] term)
    {
        for (var i = 0; i + term.Length <= stems.Count; i++)
        {
            var all = true;
            for (var j = 0; j < term.Length && all; j++)
            {
                all = stems[i + j] == term[j];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
