namespace Archive.Testing;

/// <summary>
/// The scanned fixtures of the OCR tests and benchmark: pages 1-2 of a sample PDF of the corpus, rasterised at
/// 150 dpi and wrapped into an image-only PDF by tests/Archive.Core.Tests/Extraction/Documents/_make_scanned.sh.
/// </summary>
internal static class ScannedFixtures
{
    /// <summary>The paragraphs the OCR must bring back numbered: 1-5 stand on the two scanned pages.</summary>
    public static readonly string[] Anchors = ["p1", "p2", "p3", "p4", "p5"];

    public static IReadOnlyList<string> Languages { get; } = ["en", "id"];

    public static string Documents => Path.Combine(RepositoryRoot.Path, "tests", "Archive.Core.Tests", "Extraction", "Documents");

    /// <summary>The image-only PDF of pages 1-2 of the language's BPMC 6 Co-Chairs' Statement.</summary>
    public static string Scan(string language) => Path.Combine(Documents, $"scanned-bpmc6-cochairs-{language}.pdf");

    /// <summary>The text PDF the scan was made from.</summary>
    public static string Source(string language) => Path.Combine(RepositoryRoot.Corpus, $"bpmc6-2016-cochairs-{language}.pdf");
}
