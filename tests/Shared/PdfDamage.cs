namespace Archive.Testing;

/// <summary>
/// Damage done to a PDF's bytes the way transfers and bad tools do it: bytes flipped, the file cut short, a range
/// repeated or cut out. Driven by the caller's seeded <see cref="Random"/>, so every run makes the same files.
/// </summary>
internal static class PdfDamage
{
    public static IReadOnlyList<string> Kinds { get; } = ["flip", "truncate", "repeat", "cut"];

    /// <param name="kind">An index into <see cref="Kinds"/>.</param>
    public static byte[] Apply(byte[] bytes, int kind, Random random) => kind switch
    {
        0 => Flip(bytes, random),
        1 => bytes[..random.Next(1, bytes.Length)],
        2 => Repeat(bytes, random),
        _ => Cut(bytes, random),
    };

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var copy = bytes.ToArray();
        for (var n = random.Next(1, 64); n > 0; n--)
        {
            copy[random.Next(copy.Length)] ^= (byte)random.Next(1, 256);
        }

        return copy;
    }

    private static byte[] Repeat(byte[] bytes, Random random)
    {
        var start = random.Next(bytes.Length);
        var length = random.Next(1, Math.Min(4096, bytes.Length - start) + 1);
        return [.. bytes[..(start + length)], .. bytes[start..]];
    }

    private static byte[] Cut(byte[] bytes, Random random)
    {
        var start = random.Next(bytes.Length);
        var length = random.Next(1, Math.Min(4096, bytes.Length - start) + 1);
        return [.. bytes[..start], .. bytes[(start + length)..]];
    }
}
