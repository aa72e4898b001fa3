using Microsoft.Extensions.Options;

namespace Archive.Core.Extraction.Ocr;

/// <summary>With <c>Extraction:Ocr=on</c>, start-up fails unless Tesseract and pdftoppm are found and answer.</summary>
internal sealed class OcrOptionsValidation : IValidateOptions<ExtractionOptions>
{
    public ValidateOptionsResult Validate(string? name, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Ocr != OcrMode.On)
        {
            return ValidateOptionsResult.Success;
        }

        var tools = new OcrTools(options);
        return tools.Found
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Extraction:Ocr is on, but {(tools.Tesseract is null ? $"tesseract ({options.TesseractPath})" : tools.Pdftoppm is null ? $"pdftoppm ({options.PdftoppmPath})" : $"{tools.Tesseract} (it did not report a version)")} "
                + $"was not found: install the apt packages {OcrTools.AptPackages}, point Extraction:TesseractPath or Extraction:PdftoppmPath at them, or set Extraction:Ocr to auto or off");
    }
}
