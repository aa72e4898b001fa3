using Archive.Testing;

namespace Archive.Core.Tests.Support;

/// <summary>Folders of the checkout the tests read in place.</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Corpus => RepositoryRoot.Corpus;
}
