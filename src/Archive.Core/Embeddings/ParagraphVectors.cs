using System.Globalization;
using System.Numerics.Tensors;
using Lucene.Net.Index;

namespace Archive.Core.Embeddings;

/// <summary>
/// One generation's paragraph vectors in memory, one contiguous array, row per paragraph (an Indonesian paragraph
/// embedded through its English counterpart shares the counterpart's row). Lucene documents are mapped to rows once.
/// </summary>
public sealed class ParagraphVectors
{
    private readonly float[] _data;
    private readonly Dictionary<string, int> _rows;
    private readonly Lock _gate = new();
    private (IndexReader Reader, int[] Rows)? _documentRows;

    internal ParagraphVectors(EmbeddingModel model, string generation, float[] data, Dictionary<string, int> rows)
    {
        Model = model;
        Generation = generation;
        _data = data;
        _rows = rows;
    }

    public EmbeddingModel Model { get; }

    /// <summary>The index generation these vectors belong to.</summary>
    public string Generation { get; }

    public int Count => _rows.Count;

    /// <summary>The paragraph's vector, or an empty span when it has none.</summary>
    public ReadOnlySpan<float> Of(string paragraphId) =>
        _rows.TryGetValue(paragraphId, out var row) ? Row(row) : [];

    /// <summary>Cosine of the paragraph's vector and a normalised query vector; null when the paragraph has none.</summary>
    public double? Cosine(string paragraphId, ReadOnlySpan<float> query) =>
        _rows.TryGetValue(paragraphId, out var row) ? TensorPrimitives.Dot(Row(row), query) : null;

    /// <summary>Cosine of a Lucene document's paragraph and the query; null when it has none.</summary>
    internal double? Cosine(int[] documentRows, int document, ReadOnlySpan<float> query) =>
        documentRows[document] is var row and >= 0 ? TensorPrimitives.Dot(Row(row), query) : null;

    /// <summary>Stored vectors (rows); an Indonesian paragraph sharing its counterpart's row costs nothing.</summary>
    internal int Rows => _data.Length / Model.Dimensions;

    /// <summary>
    /// Writes the query's cosine with every stored vector into <paramref name="cosines"/> (by row). The pass reads
    /// every vector (about 150 MB per 100,000 rows) and is bound by memory bandwidth: large sets are split over the
    /// cores, which read in parallel.
    /// </summary>
    internal void RowCosines(float[] query, float[] cosines)
    {
        var rows = Rows;
        var parts = rows < 16_384 ? 1 : Environment.ProcessorCount;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var end = (int)((long)rows * (part + 1) / parts);
            for (var row = (int)((long)rows * part / parts); row < end; row++)
            {
                cosines[row] = TensorPrimitives.Dot(Row(row), query);
            }
        });
    }

    /// <summary>
    /// The row of each Lucene document of the reader (-1 for none), read from the stored paragraph ids in
    /// <paramref name="idField"/> once per reader.
    /// </summary>
    internal int[] DocumentRows(IndexReader reader, string idField)
    {
        lock (_gate)
        {
            if (_documentRows is { } cached && ReferenceEquals(cached.Reader, reader))
            {
                return cached.Rows;
            }

            var rows = new int[reader.MaxDoc];
            var liveDocs = MultiFields.GetLiveDocs(reader);
            var idOnly = new HashSet<string>(StringComparer.Ordinal) { idField };
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                rows[doc] = liveDocs is not null && !liveDocs.Get(doc) ? -1
                    : _rows.GetValueOrDefault(reader.Document(doc, idOnly).Get(idField, CultureInfo.InvariantCulture), -1);
            }

            _documentRows = (reader, rows);
            return rows;
        }
    }

    private ReadOnlySpan<float> Row(int row) => _data.AsSpan(row * Model.Dimensions, Model.Dimensions);
}
