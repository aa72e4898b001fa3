namespace Archive.Testing;

/// <summary>
/// The checkout the tests or benchmarks run from (the folder holding Archive.sln above the build output), so they
/// can read the bundled corpus and test data in place. Compiled into each test and benchmark project.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Corpus => System.IO.Path.Combine(Path, "corpus");

    /// <summary>The sources the corpus documents are generated from (corpus/_sources/FORMAT.md).</summary>
    public static string CorpusSources => System.IO.Path.Combine(Corpus, "_sources");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Archive.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Archive.sln not found above " + AppContext.BaseDirectory);
    }
}
