using Lucene.Net.Store;

namespace Archive.Core.Indexing;

/// <summary>
/// A Lucene input over a slice of an array held by <see cref="InMemoryGenerationDirectory"/>: reads are array copies,
/// a clone shares the array and keeps its own position, and nothing takes a lock.
/// </summary>
internal sealed class ByteArrayIndexInput(string description, byte[] bytes, int offset, int length) : IndexInput(description)
{
    private int _position;

    public override long Position => _position;

    public override long Length => length;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > length)
        {
            throw new EndOfStreamException($"seek to {pos} outside 0..{length}: {this}");
        }

        _position = (int)pos;
    }

    public override byte ReadByte()
    {
        if (_position >= length)
        {
            throw new EndOfStreamException($"read past the end: {this}");
        }

        return bytes[offset + _position++];
    }

    public override void ReadBytes(byte[] b, int destinationOffset, int len)
    {
        if (len > length - _position)
        {
            throw new EndOfStreamException($"read of {len} bytes past the end: {this}");
        }

        Buffer.BlockCopy(bytes, offset + _position, b, destinationOffset, len);
        _position += len;
    }

    /// <summary>A part of this input (a file inside a compound file) as an input of its own.</summary>
    public ByteArrayIndexInput Slice(string sliceDescription, long sliceOffset, long sliceLength)
    {
        if (sliceOffset < 0 || sliceLength < 0 || sliceOffset + sliceLength > length)
        {
            throw new ArgumentOutOfRangeException(nameof(sliceOffset), $"slice {sliceOffset}+{sliceLength} outside 0..{length}: {this}");
        }

        return new ByteArrayIndexInput(sliceDescription, bytes, offset + (int)sliceOffset, (int)sliceLength);
    }

    // The array belongs to the directory; a clone or slice disposed early must not take it from the others.
    protected override void Dispose(bool disposing)
    {
    }
}
