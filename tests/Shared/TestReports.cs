namespace Archive.Testing;

/// <summary>
/// Where tests leave the reports a reader looks at (figures per labelled set, screenshots): <c>artifacts/</c> at the
/// checkout's root, which git ignores. Every writer creates the folder itself, so no test depends on another.
/// </summary>
internal static class TestReports
{
    public static string Folder => System.IO.Path.Combine(RepositoryRoot.Path, "artifacts");

    /// <summary>The folder <paramref name="name"/> under <see cref="Folder"/>, created if missing.</summary>
    public static string Subfolder(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Folder, name)).FullName;

    /// <summary>Writes <paramref name="content"/> to <c>artifacts/<paramref name="fileName"/></c>, creating the folder if missing.</summary>
    public static void Write(string fileName, string content)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(System.IO.Path.Combine(Folder, fileName), content);
    }
}
