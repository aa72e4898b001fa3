using Archive.Core.Extraction;
using Archive.Core.Extraction.Ocr;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Archive.Benchmarks.Extraction;

/// <summary>The archive's PDF extractor with OCR off: the text-layer benchmarks time PdfPig and the layout, never Tesseract.</summary>
internal static class TextLayerExtractor
{
    public static PdfTextExtractor Create()
    {
        var options = new ExtractionOptions { Ocr = OcrMode.Off };
        return new PdfTextExtractor(options, new OcrPageReader(new OcrTools(options), Options.Create(options), NullLogger<OcrPageReader>.Instance));
    }
}
