namespace Archive.Cli.Hosting;

/// <summary>
/// Default folders of the command line: <c>corpus/</c>, <c>index/</c> (and the OCR cache in it) at the root of the checkout the current
/// folder is in (the folder holding Archive.sln), else in the current folder.
/// </summary>
internal static class RepositoryDefaults
{
    public static string Corpus => Path.Combine(Root(), "corpus");

    public static string Index => Path.Combine(Root(), "index");

    /// <summary>A relative path taken from the root of the checkout, like the default folders; an absolute one as it is.</summary>
    public static string Resolve(string path) => Path.GetFullPath(Path.Combine(Root(), path));

    private static string Root()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Archive.sln")))
            {
                return directory.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
