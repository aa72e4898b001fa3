using Archive.Core.FollowUp;

namespace Archive.Contracts;

public static class FollowUpMappings
{
    /// <param name="history">Every write of the record's key, oldest first.</param>
    public static FollowUpResponse ToResponse(this IReadOnlyList<FollowUpEntry> history, string commitmentId, FollowUpKey key)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(key);
        var records = history.Select((entry, i) => entry.ToResponse(i == 0 ? null : history[i - 1])).ToList();
        return new FollowUpResponse(commitmentId, key.Lineage, key.Conference == 0 ? null : key.Conference,
            records.Count == 0 ? null : records[^1], records);
    }

    private static FollowUpRecordResponse ToResponse(this FollowUpEntry entry, FollowUpEntry? before)
    {
        List<string> changed = [];
        if (before is null || before.Status != entry.Status)
        {
            changed.Add("status");
        }

        if (before?.Note != entry.Note && (before is not null || entry.Note.Length > 0))
        {
            changed.Add("note");
        }

        if (!(before?.Evidence ?? []).SequenceEqual(entry.Evidence, StringComparer.Ordinal))
        {
            changed.Add("evidence");
        }

        return new FollowUpRecordResponse(entry.Status.ToCode(), entry.Note, entry.Evidence, entry.By, entry.At, entry.CommitmentId, changed);
    }
}
