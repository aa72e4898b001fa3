using Archive.Core.Commitments;
using Archive.Core.Documents;

namespace Archive.Contracts;

/// <summary>Maps commitments and lineages to their wire form.</summary>
public static class CommitmentMappings
{
    public static CommitmentResponse ToResponse(this Commitment commitment, CommitmentCatalog catalog, DocumentLibrary library, TopicVocabulary topics)
    {
        var (document, paragraph) = library.FindParagraph(commitment.ParagraphId)
            ?? throw new InvalidOperationException($"commitment {commitment.Id} names an unknown paragraph");
        var lineage = catalog.LineageOf(commitment.Id);
        var indonesian = commitment.Language == DocumentLanguage.Indonesian;
        return new CommitmentResponse(
            commitment.Id,
            commitment.ParagraphId,
            commitment.DocumentId,
            document.Source,
            paragraph.Number,
            commitment.Language.ToCode(),
            commitment.Conference,
            commitment.Date?.ToString(),
            commitment.Meeting?.ToResponse(),
            document.Metadata.Sample,
            paragraph.Citation,
            commitment.Actor,
            commitment.Addressee,
            commitment.Strength.ToCode(),
            commitment.Triggers,
            [.. commitment.Topics.Select(t => new TopicMatchResponse(t.Topic, Label(topics, t.Topic, indonesian), t.Words))],
            commitment.TimeFrame,
            commitment.Action,
            new ClauseSpanResponse(commitment.Span.Start, commitment.Span.Length),
            commitment.StrengthFrom,
            lineage?.Lineage.Id,
            lineage?.Step.Status.ToCode(),
            lineage?.Lineage.DroppedAfter?.ToResponse(),
            Permalink.Of(document, paragraph),
            commitment.Parts);
    }

    public static LineageResponse ToResponse(this Lineage lineage, DocumentLibrary library) => new(
        lineage.Id,
        lineage.DroppedAfter?.ToResponse(),
        [.. lineage.Steps.Select(s => ToResponse(s, library))]);

    private static LineageStepResponse ToResponse(LineageStep step, DocumentLibrary library)
    {
        var found = library.FindParagraph(step.Commitment.ParagraphId);
        return new LineageStepResponse(
            step.Commitment.Id,
            step.Commitment.ParagraphId,
            MeetingOf(step.Commitment).ToResponse(),
            step.Commitment.Conference,
            step.Commitment.Date?.ToString(),
            step.Commitment.Strength.ToCode(),
            step.Status.ToCode(),
            step.Commitment.Action,
            found?.Paragraph.Citation ?? string.Empty,
            step.Similarity,
            step.SharedTerms,
            found is var (document, paragraph) ? Permalink.Of(document, paragraph) : Permalink.Of(step.Commitment.DocumentId));
    }

    public static ChangesResponse ToResponse(this IReadOnlyList<LineageChange> changes, ChangePoint from, ChangePoint to, DocumentLanguage language, string? topic, DocumentLibrary library) => new(
        from.ToResponse(),
        to.ToResponse(),
        language.ToCode(),
        topic,
        Enum.GetValues<ChangeStatus>().ToDictionary(s => s.ToCode(), s => changes.Count(c => c.Status == s)),
        [.. changes.Select(c => new ChangeResponse(c.LineageId, c.Status.ToCode(), c.Topics, Side(c.Before, library), Side(c.After, library), Side(c.Resumes, library)))]);

    private static ChangePointResponse ToResponse(this ChangePoint point) => new(point.Query, [.. point.Meetings.Select(m => m.ToResponse())]);

    private static ChangeSideResponse? Side(Commitment? commitment, DocumentLibrary library)
    {
        if (commitment is null)
        {
            return null;
        }

        var (document, paragraph) = library.FindParagraph(commitment.ParagraphId)
            ?? throw new InvalidOperationException($"commitment {commitment.Id} names an unknown paragraph");
        return new ChangeSideResponse(commitment.Id, commitment.ParagraphId, MeetingOf(commitment).ToResponse(), commitment.Conference, commitment.Date?.ToString(),
            paragraph.Citation, commitment.Strength.ToCode(), commitment.Action, document.Metadata.Sample, Permalink.Of(document, paragraph));
    }

    // Every step of a lineage, and so every side of a change, comes from a meeting: the linker leaves out the rest.
    private static Meeting MeetingOf(Commitment commitment) =>
        commitment.Meeting ?? throw new InvalidOperationException($"commitment {commitment.Id} of a lineage has no meeting");

    public static HitCommitmentResponse ToHitResponse(this Commitment commitment, CommitmentCatalog catalog)
    {
        var lineage = catalog.LineageOf(commitment.Id);
        return new HitCommitmentResponse(commitment.Id, commitment.Strength.ToCode(), [.. commitment.Topics.Select(t => t.Topic)], lineage?.Lineage.Id, lineage?.Step.Status.ToCode());
    }

    private static string Label(TopicVocabulary topics, string id, bool indonesian) =>
        topics.Find(id) is { } topic ? (indonesian ? topic.Indonesian : topic.English) : id;
}
