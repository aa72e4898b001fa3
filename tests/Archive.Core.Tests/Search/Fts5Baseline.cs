using System.Text;
using Archive.Core.Documents;
using Archive.Core.Search;
using Microsoft.Data.Sqlite;

namespace Archive.Core.Tests.Search;

/// <summary>
/// The peer the archive's search is compared with (in the relevance test and, linked, in the search benchmark): SQLite FTS5 with the porter tokenizer over the same paragraphs
/// (their own text, no translations), queried with the same words, phrases, exclusions and OR, and relaxed to any
/// word when no paragraph has them all, as the archive does.
/// </summary>
internal sealed class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public Fts5Baseline(DocumentLibrary library)
    {
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE paragraphs USING fts5(id UNINDEXED, lang UNINDEXED, text, tokenize = 'porter unicode61 remove_diacritics 2')");
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.CommandText = "INSERT INTO paragraphs (id, lang, text) VALUES ($id, $lang, $text)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var lang = insert.Parameters.Add("$lang", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        foreach (var document in library.Documents)
        {
            foreach (var paragraph in document.Paragraphs)
            {
                (id.Value, lang.Value, text.Value) = (paragraph.Id, document.Language.ToCode(), paragraph.Text);
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    /// <param name="highlight">Also build each hit's text with matches in &lt;mark&gt;, as the archive does.</param>
    public IReadOnlyList<string> Search(string query, string language, int k, bool highlight = false)
    {
        var parsed = QuerySyntax.Parse(query);
        var hits = Run(Match(parsed, relaxed: false), language, k, highlight);
        return hits.Count > 0 || parsed.Groups.Count == 1 ? hits : Run(Match(parsed, relaxed: true), language, k, highlight);
    }

    public void Dispose() => _connection.Dispose();

    private List<string> Run(string match, string language, int k, bool highlight)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = (highlight ? "SELECT id, highlight(paragraphs, 2, '<mark>', '</mark>')" : "SELECT id")
            + " FROM paragraphs WHERE paragraphs MATCH $match"
            + (language == "any" ? string.Empty : " AND lang = $lang") + " ORDER BY bm25(paragraphs) LIMIT $k";
        command.Parameters.AddWithValue("$match", match);
        command.Parameters.AddWithValue("$lang", language);
        command.Parameters.AddWithValue("$k", k);
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>The query in FTS5 syntax: every word quoted (so punctuation cannot break the syntax), AND by default.</summary>
    private static string Match(ParsedQuery parsed, bool relaxed)
    {
        var groups = parsed.Groups.Select(g => "(" + string.Join(" OR ", g.Alternatives.Select(Quote)) + ")");
        var match = new StringBuilder(string.Join(relaxed ? " OR " : " AND ", groups));
        foreach (var excluded in parsed.Excluded)
        {
            match.Insert(0, '(').Append(") NOT ").Append(Quote(excluded));
        }

        return match.ToString();
    }

    private static string Quote(QueryItem item) => "\"" + string.Join(' ', item.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
