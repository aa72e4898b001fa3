using Archive.Core.Documents;

namespace Archive.Core.Commitments;

/// <summary>
/// What changed between two points of the timeline (two meetings, or the meetings of two dates): every lineage
/// mentioned at either, as new, resumed, strengthened, weakened, dropped or reaffirmed, in one language. Read from the
/// lineages' own steps, so a comparison of two consecutive steps' meetings says what the lineage says of the later step.
/// </summary>
public static class MeetingChanges
{
    /// <summary>
    /// The two points of a comparison, or what is wrong with it by parameter ("from", "to", "topic"): each value
    /// is read by <see cref="ChangePoint.Read"/>, and every meeting of <paramref name="from"/> must come before every
    /// meeting of <paramref name="to"/>.
    /// </summary>
    /// <param name="fromName">The caller's name for <paramref name="from"/>, which its messages use; "from" by default.</param>
    /// <param name="toName">The caller's name for <paramref name="to"/>; "to" by default.</param>
    public static (ChangePoint? From, ChangePoint? To, IReadOnlyDictionary<string, string> Problems) Check(
        DocumentLibrary library, TopicVocabulary topics, string? from, string? to, string? topic, string fromName = "from", string toName = "to")
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(topics);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var (earlier, fromProblem) = ChangePoint.Read(fromName, from, library);
        var (later, toProblem) = ChangePoint.Read(toName, to, library);
        foreach (var (name, problem) in new[] { ("from", fromProblem), ("to", toProblem) })
        {
            if (problem is not null)
            {
                problems[name] = problem;
            }
        }

        if (earlier is not null && later is not null && earlier.Meetings[^1].Order >= later.Meetings[0].Order)
        {
            problems["to"] = $"{toName} must be later than {fromName}: {fromName} ({earlier.Query}) ends with {Describe(earlier.Meetings[^1])}, "
                + $"{toName} ({later.Query}) begins with {Describe(later.Meetings[0])}.";
        }

        if (topic is not null && topics.Find(topic) is null)
        {
            problems["topic"] = topics.Unknown(topic);
        }

        return (earlier, later, problems);
    }

    /// <param name="topic">Only lineages with a step on this topic, when given.</param>
    public static IReadOnlyList<LineageChange> Between(CommitmentCatalog catalog, ChangePoint from, ChangePoint to, DocumentLanguage language, string? topic)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var start = from.Meetings[0].Order;
        var changes = new List<LineageChange>();
        foreach (var lineage in catalog.Lineages(language))
        {
            var before = LatestAt(lineage, from);
            var after = LatestAt(lineage, to);
            if (before is null && after is null)
            {
                continue;
            }

            var topics = new[] { after, before }.OfType<Commitment>().SelectMany(c => c.Topics.Select(t => t.Topic)).Distinct().ToList();
            if (topic is not null && !topics.Contains(topic))
            {
                continue;
            }

            // Not mentioned at the earlier point but before it: taken up again, never new.
            var resumes = before is null ? lineage.Steps.Select(s => s.Commitment).LastOrDefault(c => c.Meeting!.Order < start) : null;
            var status = (before, after) switch
            {
                (null, _) => resumes is null ? ChangeStatus.New : ChangeStatus.Resumed,
                (_, null) => ChangeStatus.Dropped,
                _ => LineageStatuses.Between(before.Strength, after.Strength) switch
                {
                    LineageStatus.Strengthened => ChangeStatus.Strengthened,
                    LineageStatus.Weakened => ChangeStatus.Weakened,
                    _ => ChangeStatus.Reaffirmed,
                },
            };
            changes.Add(new LineageChange(lineage.Id, status, topics, before, after, resumes));
        }

        return [.. changes
            .OrderBy(c => c.Status)
            .ThenBy(c => c.Topics.Count > 0 ? c.Topics[0] : "~", StringComparer.Ordinal)
            .ThenBy(c => (c.After ?? c.Before)!.ParagraphId, StringComparer.Ordinal)];
    }

    // A lineage takes one step per meeting; of a point's several meetings, the latest step stands for it.
    private static Commitment? LatestAt(Lineage lineage, ChangePoint point) =>
        lineage.Steps.Select(s => s.Commitment).LastOrDefault(c => point.Meetings.Any(m => m.Order == c.Meeting!.Order));

    private static string Describe(Meeting meeting) =>
        meeting.Date is PartialDate date ? $"{meeting.Name(DocumentLanguage.English)} ({date.Format(DocumentLanguage.English)})" : meeting.Name(DocumentLanguage.English);
}
