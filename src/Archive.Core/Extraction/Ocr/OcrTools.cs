using System.Diagnostics;

namespace Archive.Core.Extraction.Ocr;

/// <summary>
/// The executables OCR runs, found once: Tesseract and poppler's pdftoppm, by path or on PATH, and Tesseract's
/// version (part of every cache key). <see cref="Enabled"/> follows <c>Extraction:Ocr</c>: auto is on when both are found.
/// </summary>
public sealed class OcrTools
{
    /// <summary>The Debian packages that provide what OCR needs.</summary>
    public const string AptPackages = "tesseract-ocr tesseract-ocr-eng tesseract-ocr-ind poppler-utils";

    /// <summary>Tesseract's languages: English and Indonesian, together on every page.</summary>
    public const string Languages = "eng+ind";

    /// <summary>
    /// Tesseract's page segmentation: 4, one column of text of varying sizes. The default (3, automatic) drops the
    /// paragraph numbers that hang in the margin; columns are found afterwards from the words' boxes, as for a text
    /// layer (docs/decisions.md).
    /// </summary>
    public const string PageSegmentation = "4";

    public OcrTools(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Mode = options.Ocr;
        Tesseract = Find(options.TesseractPath);
        Pdftoppm = Find(options.PdftoppmPath);
        TesseractVersion = Tesseract is null ? null : VersionOf(Tesseract);
        Found = Tesseract is not null && Pdftoppm is not null && TesseractVersion is not null;
        Enabled = Mode != OcrMode.Off && Found;
    }

    public OcrMode Mode { get; }

    /// <summary>The full path of the Tesseract executable, or null when it was not found.</summary>
    public string? Tesseract { get; }

    /// <summary>The full path of pdftoppm, or null when it was not found.</summary>
    public string? Pdftoppm { get; }

    /// <summary>Tesseract's version ("5.3.0"), or null when it was not found or did not answer.</summary>
    public string? TesseractVersion { get; }

    /// <summary>Whether both executables were found and Tesseract answered.</summary>
    public bool Found { get; }

    /// <summary>Whether pages without a readable text layer are read by OCR.</summary>
    public bool Enabled { get; }

    /// <summary>What a person must do to have such pages read, for the message that refuses them; empty when OCR is on.</summary>
    public string HowToEnable => Enabled ? string.Empty
        : Mode == OcrMode.Off
            ? "OCR is off: set Extraction:Ocr to auto or on to read such pages"
            : $"OCR is unavailable: {Missing()} not found; install the apt packages {AptPackages} (or set Extraction:TesseractPath and Extraction:PdftoppmPath) to read such pages";

    private string Missing() => (Tesseract, Pdftoppm, TesseractVersion) switch
    {
        (null, null, _) => "tesseract and pdftoppm were",
        (null, _, _) => "tesseract was",
        (_, null, _) => "pdftoppm was",
        _ => "a working tesseract was",
    };

    /// <summary>A path as given when it names a file, else the first match on PATH; null when there is none.</summary>
    private static string? Find(string name)
    {
        if (name.Contains(Path.DirectorySeparatorChar) || name.Contains(Path.AltDirectorySeparatorChar))
        {
            return File.Exists(name) ? Path.GetFullPath(name) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
    }

    private static string? VersionOf(string tesseract)
    {
        // Start-up cost, once per process: tesseract --version answers in a few milliseconds.
        var start = new ProcessStartInfo(tesseract, "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            if (!process.WaitForExit(10_000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            var first = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(l => l.StartsWith("tesseract", StringComparison.OrdinalIgnoreCase));
            return first?["tesseract".Length..].Trim() is { Length: > 0 } version ? version : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Not executable: the same as missing.
            return null;
        }
    }
}
