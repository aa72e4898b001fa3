using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Commitments;

/// <summary>
/// The fresh commitment test set (Commitments/Fresh, copied to the output), ingested once for a test class. It is
/// kept apart from the bundled corpus: nothing else ingests this folder.
/// </summary>
public sealed class FreshCommitmentSetFixture() : CorpusFolderFixture(Folder)
{
    /// <summary>The folder holding the fresh documents and their catalog.json.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Commitments", "Fresh");
}
