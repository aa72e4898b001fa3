namespace Archive.Core.Extraction.Ocr;

/// <summary>
/// The words of a piece of text that OCR read and their summed confidence, so that tallies of lines add up to a
/// block's, a paragraph's and a document's. The default (no words) is text from a text layer or a file format.
/// </summary>
/// <param name="Words">Words read by OCR.</param>
/// <param name="ConfidenceSum">Their confidences summed, each 0-1 (Tesseract's 0-100 divided by 100).</param>
public readonly record struct OcrTally(int Words, double ConfidenceSum)
{
    /// <summary>Whether any of the text was read by OCR.</summary>
    public bool Any => Words > 0;

    /// <summary>The mean word confidence, 0-1; null when nothing was read by OCR.</summary>
    public double? MeanConfidence => Words > 0 ? Math.Round(ConfidenceSum / Words, 3) : null;

    public static OcrTally operator +(OcrTally left, OcrTally right) => new(left.Words + right.Words, left.ConfidenceSum + right.ConfidenceSum);

    public static OcrTally Sum(IEnumerable<OcrTally> tallies) => tallies.Aggregate(default(OcrTally), (sum, t) => sum + t);
}
