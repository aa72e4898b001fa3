namespace Archive.Core.Uploads;

/// <summary>When an uploaded document entered the archive, and when its file or metadata last changed, as the audit log records them.</summary>
/// <param name="Added">Its latest add that was done.</param>
/// <param name="Changed">Its latest add or replacement that was done.</param>
public sealed record DocumentArrival(DateTimeOffset Added, DateTimeOffset Changed);
