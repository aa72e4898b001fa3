using System.Globalization;
using System.Numerics;
using System.Numerics.Tensors;
using Lucene.Net.Index;

namespace Archive.Core.Embeddings;

/// <summary>
/// One generation's paragraph vectors in memory, one contiguous array, row per paragraph (an Indonesian paragraph
/// embedded through its English counterpart shares the counterpart's row), as 32-bit floats or, with
/// <see cref="EmbeddingOptions.Quantize"/>, as 8-bit integers with one scale per row. Lucene documents are mapped to rows once.
/// </summary>
public sealed class ParagraphVectors
{
    private readonly float[]? _data;
    private readonly sbyte[]? _codes;
    private readonly float[]? _scales;
    private readonly Dictionary<string, int> _rows;
    private readonly Lock _gate = new();
    private (IndexReader Reader, int[] Rows)? _documentRows;

    internal ParagraphVectors(EmbeddingModel model, string generation, float[] data, Dictionary<string, int> rows)
    {
        Model = model;
        Generation = generation;
        _data = data;
        _rows = rows;
        Rows = data.Length / model.Dimensions;
    }

    private ParagraphVectors(EmbeddingModel model, string generation, sbyte[] codes, float[] scales, Dictionary<string, int> rows)
    {
        Model = model;
        Generation = generation;
        _codes = codes;
        _scales = scales;
        _rows = rows;
        Rows = scales.Length;
    }

    /// <summary>The model that made them.</summary>
    public EmbeddingModel Model { get; }

    /// <summary>The index generation these vectors belong to.</summary>
    public string Generation { get; }

    public int Count => _rows.Count;

    /// <summary>True when held as 8-bit integers.</summary>
    public bool IsInt8 => _codes is not null;

    /// <summary>Bytes the vectors take in memory.</summary>
    public long Bytes => _data is not null ? (long)_data.Length * sizeof(float) : _codes!.LongLength + ((long)_scales!.Length * sizeof(float));

    /// <summary>Stored vectors (rows); an Indonesian paragraph sharing its counterpart's row costs nothing.</summary>
    internal int Rows { get; }

    /// <summary>
    /// The same vectors as 8-bit integers: each row scaled so that its largest component is 127, the scale kept to
    /// turn integer dot products back into cosines.
    /// </summary>
    internal static ParagraphVectors Int8(EmbeddingModel model, string generation, float[] data, Dictionary<string, int> rows)
    {
        var dimensions = model.Dimensions;
        var count = data.Length / dimensions;
        var codes = new sbyte[data.Length];
        var scales = new float[count];
        for (var row = 0; row < count; row++)
        {
            scales[row] = Quantize(data.AsSpan(row * dimensions, dimensions), codes.AsSpan(row * dimensions, dimensions));
        }

        return new ParagraphVectors(model, generation, codes, scales, rows);
    }

    /// <summary>These vectors as 8-bit integers (themselves when they are).</summary>
    internal ParagraphVectors ToInt8() => _data is null ? this : Int8(Model, Generation, _data, _rows);

    /// <summary>
    /// These vectors as 32-bit floats (themselves when they are); made from 8-bit codes they keep the codes' precision,
    /// which is enough to time a 32-bit scan against an 8-bit one.
    /// </summary>
    internal ParagraphVectors ToFloat32()
    {
        if (_data is not null)
        {
            return this;
        }

        var data = new float[_codes!.Length];
        for (var row = 0; row < Rows; row++)
        {
            Dequantize(row).CopyTo(data, row * Model.Dimensions);
        }

        return new ParagraphVectors(Model, Generation, data, _rows);
    }

    /// <summary>The paragraph's vector, or an empty span when it has none.</summary>
    public ReadOnlySpan<float> Of(string paragraphId) =>
        !_rows.TryGetValue(paragraphId, out var row) ? []
        : _data is not null ? _data.AsSpan(row * Model.Dimensions, Model.Dimensions)
        : Dequantize(row);

    /// <summary>Cosine of the paragraph's vector and a normalised query vector; null when the paragraph has none.</summary>
    public double? Cosine(string paragraphId, ReadOnlySpan<float> query) =>
        _rows.TryGetValue(paragraphId, out var row) ? RowCosine(row, query) : null;

    /// <summary>Cosine of a Lucene document's paragraph and the query; null when it has none.</summary>
    internal double? Cosine(int[] documentRows, int document, ReadOnlySpan<float> query) =>
        documentRows[document] is var row and >= 0 ? RowCosine(row, query) : null;

    /// <summary>
    /// Writes the query's cosine with every stored vector into <paramref name="cosines"/> (by row). The pass reads
    /// every vector (about 150 MB per 100,000 rows as floats, a quarter of it as 8-bit integers) and is bound by
    /// memory bandwidth: large sets are split over the cores, which read in parallel.
    /// </summary>
    internal void RowCosines(float[] query, float[] cosines)
    {
        var rows = Rows;
        var dimensions = Model.Dimensions;
        var codedQuery = _codes is null ? null : new sbyte[dimensions];
        var queryScale = codedQuery is null ? 0 : Quantize(query, codedQuery);
        var parts = rows < 16_384 ? 1 : Environment.ProcessorCount;
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
        {
            var end = (int)((long)rows * (part + 1) / parts);
            for (var row = (int)((long)rows * part / parts); row < end; row++)
            {
                cosines[row] = codedQuery is null
                    ? TensorPrimitives.Dot(_data.AsSpan(row * dimensions, dimensions), query)
                    : Dot(_codes.AsSpan(row * dimensions, dimensions), codedQuery) * _scales![row] * queryScale;
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

    private double RowCosine(int row, ReadOnlySpan<float> query)
    {
        if (_data is not null)
        {
            return TensorPrimitives.Dot(_data.AsSpan(row * Model.Dimensions, Model.Dimensions), query);
        }

        // Fusion asks this of every candidate: the codes against the query as it is, the row's scale taken out.
        var codes = _codes.AsSpan(row * Model.Dimensions, Model.Dimensions);
        var sum = 0f;
        for (var i = 0; i < codes.Length; i++)
        {
            sum += codes[i] * query[i];
        }

        return sum * _scales![row];
    }

    private float[] Dequantize(int row)
    {
        var vector = new float[Model.Dimensions];
        var codes = _codes.AsSpan(row * Model.Dimensions, Model.Dimensions);
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = codes[i] * _scales![row];
        }

        return vector;
    }

    /// <returns>The scale: component = code × scale.</returns>
    private static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> codes)
    {
        var largest = TensorPrimitives.MaxMagnitude(vector);
        var scale = largest == 0 ? 1 : Math.Abs(largest) / 127f;
        for (var i = 0; i < vector.Length; i++)
        {
            codes[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127, 127);
        }

        return scale;
    }

    /// <summary>The integer dot product of two code vectors, widened to 16 and 32 bits so nothing overflows.</summary>
    private static int Dot(ReadOnlySpan<sbyte> a, ReadOnlySpan<sbyte> b)
    {
        var sum = Vector<int>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<sbyte>.Count; i += Vector<sbyte>.Count)
        {
            Vector.Widen(new Vector<sbyte>(a[i..]), out var a0, out var a1);
            Vector.Widen(new Vector<sbyte>(b[i..]), out var b0, out var b1);
            Vector.Widen(a0 * b0, out var p0, out var p1);
            Vector.Widen(a1 * b1, out var p2, out var p3);
            sum += p0 + p1 + p2 + p3;
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
