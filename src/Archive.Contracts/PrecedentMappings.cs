using Archive.Core.Documents;
using Archive.Core.Precedent;

namespace Archive.Contracts;

/// <summary>Maps precedent checks to their wire form.</summary>
public static class PrecedentMappings
{
    public static PrecedentResponse ToResponse(this PrecedentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            result.Language.ToCode(),
            result.WordCount,
            result.UsedMeaning,
            result.MeaningUnavailable,
            [.. result.Precedents.Select(ToResponse)]);
    }

    public static PrecedentHitResponse ToResponse(this PrecedentMatch match) => new(
        match.Paragraph.Id,
        match.Document.Id,
        match.Document.Metadata.Title,
        match.Document.Language.ToCode(),
        match.Document.Metadata.Type.ToCode(),
        match.Document.Metadata.Conference,
        match.Document.Metadata.Date?.ToString(),
        match.Document.Metadata.Sample,
        match.Paragraph.Citation,
        match.Paragraph.Text,
        Math.Round(match.Similarity, 4),
        match.Semantic is double s ? Math.Round(s, 4) : null,
        match.Diff.UnchangedWords,
        [.. match.Diff.Runs.Select(r => new DiffRunResponse(r.Operation.ToCode(), r.Text))],
        [.. match.Verbatim.Select(v => new VerbatimResponse(v.Text, v.WordCount, v.Start, v.End))],
        match.Counterpart?.ToCounterpart(match.Document.Language.Other()),
        Permalink.Of(match.Document, match.Paragraph));

    /// <summary>How a diff run's operation is spelled on the wire: deleted, inserted, unchanged.</summary>
    public static string ToCode(this DiffOperation operation) => operation.ToString().ToLowerInvariant();
}
