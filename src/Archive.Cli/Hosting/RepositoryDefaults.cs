namespace Archive.Cli.Hosting;

/// <summary>
/// Default folders of the command line: <c>corpus/</c> and <c>index/</c> at the root of the checkout the current
/// folder is in (the folder holding Archive.sln), else in the current folder.
/// </summary>
internal static class RepositoryDefaults
{
    public static string Corpus => Path.Combine(Root(), "corpus");

    public static string Index => Path.Combine(Root(), "index");

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
