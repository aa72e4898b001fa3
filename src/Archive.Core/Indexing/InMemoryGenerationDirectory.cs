using Lucene.Net.Store;

namespace Archive.Core.Indexing;

/// <summary>
/// A served generation's Lucene files read once into arrays, for reading only. Lucene.Net's <c>RAMDirectory</c>
/// keeps a file as 1 KB buffers and locks the file twice whenever a reader moves to the next buffer or seeks, and a
/// search seeks thousands of times: a profile of lexical search at 438 paragraphs put about a seventh of the
/// searching thread's time in <c>Monitor.Enter</c>, and two searches at once contend for the same files' locks.
/// </summary>
internal sealed class InMemoryGenerationDirectory : BaseDirectory
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public InMemoryGenerationDirectory(Lucene.Net.Store.Directory source)
    {
        SetLockFactory(NoLockFactory.GetNoLockFactory());
        foreach (var name in source.ListAll())
        {
            using var input = source.OpenInput(name, IOContext.READ_ONCE);
            var bytes = new byte[input.Length];
            input.ReadBytes(bytes, 0, bytes.Length);
            _files[name] = bytes;
        }
    }

    public override string[] ListAll() => [.. _files.Keys];

    [Obsolete("Lucene.Net marks it obsolete; its readers still ask.")]
    public override bool FileExists(string name) => _files.ContainsKey(name);

    public override long FileLength(string name) => File(name).LongLength;

    public override IndexInput OpenInput(string name, IOContext context) => Whole(name);

    public override IndexInputSlicer CreateSlicer(string name, IOContext context) => new Slicer(Whole(name));

    public override void DeleteFile(string name) => throw ReadOnly();

    public override IndexOutput CreateOutput(string name, IOContext context) => throw ReadOnly();

    public override void Sync(ICollection<string> names) => throw ReadOnly();

    protected override void Dispose(bool disposing)
    {
        IsOpen = false;
        _files.Clear();
    }

    private ByteArrayIndexInput Whole(string name)
    {
        var bytes = File(name);
        return new ByteArrayIndexInput($"{nameof(InMemoryGenerationDirectory)}({name})", bytes, 0, bytes.Length);
    }

    private byte[] File(string name) =>
        _files.TryGetValue(name, out var bytes) ? bytes : throw new FileNotFoundException($"{name} is not in this generation's index", name);

    private static NotSupportedException ReadOnly() => new("a served generation's index is read-only");

    private sealed class Slicer(ByteArrayIndexInput whole) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) => whole.Slice(sliceDescription, offset, length);

        [Obsolete("Lucene.Net marks it obsolete; its compound file reader still asks.")]
        public override IndexInput OpenFullSlice() => (IndexInput)whole.Clone();

        protected override void Dispose(bool disposing)
        {
        }
    }
}
