using Archive.Core.Documents;

namespace Archive.Core.Commitments;

/// <summary>How one lineage moved from one conference to another, in the order a reader scans them: what moved first.</summary>
public enum ChangeStatus
{
    /// <summary>Taken up at the later conference, not at the earlier one.</summary>
    New,

    /// <summary>At both, stronger at the later one.</summary>
    Strengthened,

    /// <summary>At both, weaker at the later one.</summary>
    Weakened,

    /// <summary>At the earlier conference, not mentioned at the later one.</summary>
    Dropped,

    /// <summary>At both, with the same strength.</summary>
    Reaffirmed,
}

public static class ChangeStatuses
{
    /// <summary>The spelling on the wire and on the command line: "new", "strengthened", "weakened", "dropped", "reaffirmed".</summary>
    public static string ToCode(this ChangeStatus status) => status.ToString().ToLowerInvariant();
}

/// <summary>One lineage between two conferences: its step at each (null where it is not mentioned).</summary>
/// <param name="Topics">The topics of the steps, the later one's first.</param>
public sealed record LineageChange(string LineageId, ChangeStatus Status, IReadOnlyList<string> Topics, Commitment? Before, Commitment? After);

/// <summary>
/// What changed between two Ministerial Conferences: every lineage mentioned at either, as new, reaffirmed,
/// strengthened, weakened or dropped, in one language. A lineage mentioned in several documents of one conference
/// (a statement and a declaration) stands there by its strongest clause.
/// </summary>
public static class ConferenceChanges
{
    /// <summary>What is wrong with a comparison asked for, by parameter ("From", "To", "Topic"); empty when it can be made.</summary>
    public static IReadOnlyDictionary<string, string> Check(DocumentLibrary library, TopicVocabulary topics, int from, int to, string? topic)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(topics);
        var held = library.Documents.Select(d => d.Metadata.Conference).OfType<int>().Distinct().Order().ToList();
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, number) in new[] { ("From", from), ("To", to) })
        {
            if (!held.Contains(number))
            {
                problems[name] = $"the archive has no document of conference {number}; it has {string.Join(", ", held)}.";
            }
        }

        if (from >= to)
        {
            problems["To"] = "the second conference must be later than the first.";
        }

        if (topic is not null && topics.Find(topic) is null)
        {
            problems["Topic"] = $"unknown topic \"{topic}\"; the topics are {string.Join(", ", topics.All.Select(t => t.Id))}.";
        }

        return problems;
    }

    /// <param name="topic">Only lineages with a step on this topic, when given.</param>
    public static IReadOnlyList<LineageChange> Between(CommitmentCatalog catalog, int from, int to, DocumentLanguage language, string? topic)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var changes = new List<LineageChange>();
        foreach (var lineage in catalog.Lineages(language))
        {
            var before = StrongestAt(lineage, from);
            var after = StrongestAt(lineage, to);
            if (before is null && after is null)
            {
                continue;
            }

            var topics = new[] { after, before }.OfType<Commitment>().SelectMany(c => c.Topics.Select(t => t.Topic)).Distinct().ToList();
            if (topic is not null && !topics.Contains(topic))
            {
                continue;
            }

            var status = (before, after) switch
            {
                (null, _) => ChangeStatus.New,
                (_, null) => ChangeStatus.Dropped,
                _ => LineageStatuses.Between(before.Strength, after.Strength) switch
                {
                    LineageStatus.Strengthened => ChangeStatus.Strengthened,
                    LineageStatus.Weakened => ChangeStatus.Weakened,
                    _ => ChangeStatus.Reaffirmed,
                },
            };
            changes.Add(new LineageChange(lineage.Id, status, topics, before, after));
        }

        return [.. changes
            .OrderBy(c => c.Status)
            .ThenBy(c => c.Topics.Count > 0 ? c.Topics[0] : "~", StringComparer.Ordinal)
            .ThenBy(c => (c.After ?? c.Before)!.ParagraphId, StringComparer.Ordinal)];
    }

    private static Commitment? StrongestAt(Lineage lineage, int conference) =>
        lineage.Steps.Select(s => s.Commitment).Where(c => c.Conference == conference).MaxBy(c => c.Strength);
}
