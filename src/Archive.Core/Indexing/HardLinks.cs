using System.Runtime.InteropServices;

namespace Archive.Core.Indexing;

/// <summary>
/// Puts a file of one generation into another without copying its bytes: a hard link where the file system makes one,
/// a copy where it does not (another volume, Windows). Safe for Lucene's segment files because Lucene never writes to
/// a file it has written: a new generation's writer adds files and deletes its own links, never the other's bytes.
/// </summary>
internal static partial class HardLinks
{
    public static void LinkOrCopy(string source, string target)
    {
        if (OperatingSystem.IsWindows() || Link(source, target) != 0)
        {
            File.Copy(source, target);
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string created);
}
