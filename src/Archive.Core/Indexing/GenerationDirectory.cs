using Lucene.Net.Store;

namespace Archive.Core.Indexing;

/// <summary>
/// How a generation's Lucene files are read while it is served. A small index is copied into memory
/// (<see cref="InMemoryGenerationDirectory"/>): a search then makes no system call, and its many input clones (one per
/// term and postings lookup) are plain copies. A large one is memory-mapped. Positional file reads were measured too
/// and lose at both sizes.
/// Figures from <c>bench -- search</c> on 2 cores, lexical p50 and searches per second on 1 and 2 threads:
/// <list type="bullet">
/// <item>438 paragraphs: mapped 1.0 ms, 548 → 348/s; file reads 1.3 ms, 665 → 1,003/s; in memory 0.69 ms,
/// 1,219 → 2,018/s. Two threads slow the mapped index down: Lucene.Net registers every clone of a mapped input in a
/// shared weak map (dotnet-trace: <c>ByteBufferIndexInput.Clone</c>, array copies, GC polls).</item>
/// <item>120,450 paragraphs: mapped 2.7 ms; file reads 5.2 ms.</item>
/// </list>
/// </summary>
internal static class GenerationDirectory
{
    public static Lucene.Net.Store.Directory Open(string lucenePath, long inMemoryMaxBytes)
    {
        var files = new DirectoryInfo(lucenePath).EnumerateFiles().Sum(f => f.Length);
        var mapped = FSDirectory.Open(lucenePath);
        if (files > inMemoryMaxBytes)
        {
            return mapped;
        }

        using (mapped)
        {
            return new InMemoryGenerationDirectory(mapped);
        }
    }
}
