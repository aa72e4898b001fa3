using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// The meetings test set (Commitments/Meetings, copied to the output): illustrative statements of two Ministerial
/// Conferences, a senior officials' meeting between them and a Government and Business Forum after, in both
/// languages, ingested once for a test class.
/// </summary>
public sealed class MeetingSetFixture() : CorpusFolderFixture(Folder)
{
    /// <summary>The folder holding the documents and their catalog.json.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Commitments", "Meetings");
}
