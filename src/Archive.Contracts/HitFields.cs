namespace Archive.Contracts;

/// <summary>
/// The parts of a search hit a response carries beyond the compact ones (id, language, citation, score, snippet,
/// counterpart id, permalink): a results list needs a few hundred bytes a hit, a script reading the text all of it.
/// </summary>
[Flags]
public enum HitFields
{
    None = 0,

    /// <summary>documentId, source, title, type, conference, date, sample.</summary>
    Document = 1,

    /// <summary>paragraph (the printed number), anchor, pages.</summary>
    Paragraph = 2,

    Text = 4,

    Highlight = 8,

    Scores = 16,

    Matched = 32,

    Counterpart = 64,

    Commitments = 128,

    All = Document | Paragraph | Text | Highlight | Scores | Matched | Counterpart | Commitments,
}
