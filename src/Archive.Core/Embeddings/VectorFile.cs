using System.Text;

namespace Archive.Core.Embeddings;

/// <summary>
/// A generation's vectors for one model, on disk: a header (format, model key, dimensions, count), then per entry
/// the paragraph id, the hash of the text embedded and the vector. Written to a temporary file and renamed, so a
/// reader sees the old file or the whole new one.
/// </summary>
internal static class VectorFile
{
    private const string Magic = "BPA-VECTORS";
    private const int Version = 1;

    public static void Write(string path, string modelKey, int dimensions, IEnumerable<VectorEntry> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var list = entries.ToList();
        using (var stream = File.Create(temporary))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write(modelKey);
            writer.Write(dimensions);
            writer.Write(list.Count);
            foreach (var entry in list)
            {
                writer.Write(entry.Id);
                writer.Write(entry.TextHash);
                foreach (var value in entry.Vector)
                {
                    writer.Write(value);
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The entries of a file written for this model; empty when the file is missing, another model's or unreadable.</summary>
    public static IReadOnlyList<VectorEntry> Read(string path, string modelKey, int dimensions)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Version || reader.ReadString() != modelKey || reader.ReadInt32() != dimensions)
            {
                return [];
            }

            var count = reader.ReadInt32();
            var entries = new List<VectorEntry>(count);
            for (var i = 0; i < count; i++)
            {
                var id = reader.ReadString();
                var hash = reader.ReadString();
                var vector = new float[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    vector[d] = reader.ReadSingle();
                }

                entries.Add(new VectorEntry(id, hash, vector));
            }

            return entries;
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or FormatException)
        {
            // A damaged file only costs re-embedding.
            return [];
        }
    }
}
