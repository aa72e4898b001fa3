using System.Numerics.Tensors;
using Archive.Core.Embeddings;

namespace Archive.Core.Tests.Embeddings;

/// <summary>8-bit vectors: a quarter of the memory, cosines within a hundredth of the 32-bit ones.</summary>
public sealed class ParagraphVectorsTests
{
    private const int Dimensions = 384;
    private static readonly EmbeddingModel Model = new(EmbeddingProvider.MiniLm, "test", Dimensions, Multilingual: false);

    [Fact]
    public void Int8_CosinesAreWithinAHundredthOfTheFloatOnes_InEveryWayTheyAreRead()
    {
        var random = new Random(14);
        var data = Enumerable.Range(0, 300).SelectMany(_ => Unit(random)).ToArray();
        var rows = Enumerable.Range(0, 300).ToDictionary(i => $"p{i}", i => i);
        var exact = new ParagraphVectors(Model, "g", data, rows);
        var coded = ParagraphVectors.Int8(Model, "g", data, rows);
        var query = Unit(random);
        // A query close to row 7, so that the cosines span a wide range and not just near zero.
        TensorPrimitives.Add(query, exact.Of("p7"), query);
        EmbeddingService.Normalize(query);

        var exactCosines = new float[300];
        var codedCosines = new float[300];
        exact.RowCosines(query, exactCosines);
        coded.RowCosines(query, codedCosines);

        Assert.True(coded.IsInt8);
        Assert.True(coded.Bytes * 3.9 < exact.Bytes, $"{coded.Bytes} bytes as int8, {exact.Bytes} as float");
        Assert.All(Enumerable.Range(0, 300), i => Assert.Equal(exactCosines[i], codedCosines[i], 0.01));
        Assert.All(rows.Keys, id => Assert.Equal(exact.Cosine(id, query)!.Value, coded.Cosine(id, query)!.Value, 0.01));
        Assert.True(exactCosines[7] > 0.6);
        Assert.Equal(Array.IndexOf(exactCosines, exactCosines.Max()), Array.IndexOf(codedCosines, codedCosines.Max()));
        var widened = coded.ToFloat32();
        Assert.False(widened.IsInt8);
        Assert.All(rows.Keys, id => Assert.Equal(coded.Cosine(id, query)!.Value, widened.Cosine(id, query)!.Value, 0.0001));
        Assert.Equal(Dimensions, coded.Of("p3").Length);
        Assert.True(coded.Of("missing").IsEmpty);
    }

    private static float[] Unit(Random random)
    {
        var vector = Enumerable.Range(0, Dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        EmbeddingService.Normalize(vector);
        return vector;
    }
}
