namespace Archive.Api.Tests;

/// <summary>
/// The host serving the meetings test set (Core tests' Commitments/Meetings, copied to the output): two Ministerial
/// Conferences, a senior officials' meeting between them and a Government and Business Forum after, in both languages.
/// </summary>
public sealed class MeetingsApiFactory() : ArchiveApiFactory(Path.Combine(AppContext.BaseDirectory, "Meetings"));
