using Archive.Core.Documents;
using Archive.Core.Precedent;

namespace Archive.Cli.Precedent;

/// <summary>Precedents as <c>archive precedent --json</c> prints them: the same fields as <c>POST /api/precedent</c>.</summary>
internal sealed record PrecedentJson(string Language, int Words, bool UsedMeaning, string? MeaningProblem, IReadOnlyList<PrecedentJson.Hit> Precedents)
{
    public static PrecedentJson From(PrecedentResult result) => new(
        result.Language.ToCode(),
        result.Words,
        result.UsedMeaning,
        result.MeaningProblem,
        [.. result.Precedents.Select(m => new Hit(
            m.Paragraph.Id,
            m.Document.Id,
            m.Document.Language.ToCode(),
            m.Paragraph.Citation,
            m.Paragraph.Text,
            Math.Round(m.Similarity, 4),
            m.Semantic is double s ? Math.Round(s, 4) : null,
            m.Diff.UnchangedWords,
            [.. m.Diff.Runs.Select(r => new Run(r.Operation.ToString().ToLowerInvariant(), r.Text))],
            [.. m.Verbatim.Select(v => new Span(v.Text, v.Words, v.Start, v.End))],
            m.Counterpart is { } c ? new Counterpart(c.Id, m.Document.Language.Other().ToCode(), c.Text, c.Citation) : null))]);

    internal sealed record Hit(
        string Id,
        string DocumentId,
        string Language,
        string Citation,
        string Text,
        double Similarity,
        double? Semantic,
        int SharedWords,
        IReadOnlyList<Run> Diff,
        IReadOnlyList<Span> Verbatim,
        Counterpart? Counterpart);

    internal sealed record Run(string Op, string Text);

    internal sealed record Span(string Text, int Words, int Start, int End);

    internal sealed record Counterpart(string Id, string Language, string Text, string Citation);
}
