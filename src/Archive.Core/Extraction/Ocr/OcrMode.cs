namespace Archive.Core.Extraction.Ocr;

/// <summary>Whether pages without a readable text layer are read by OCR (<c>Extraction:Ocr</c>).</summary>
public enum OcrMode
{
    /// <summary>On when Tesseract and pdftoppm are found, else off.</summary>
    Auto,

    /// <summary>On; start-up fails when Tesseract or pdftoppm is missing.</summary>
    On,

    /// <summary>Off: such pages are reported as needing OCR, as before.</summary>
    Off,
}
