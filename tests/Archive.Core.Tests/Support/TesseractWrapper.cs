using Archive.Core.Extraction;
using Archive.Core.Extraction.Ocr;

namespace Archive.Core.Tests.Support;

/// <summary>
/// A shell script standing in for <c>tesseract</c>: it runs a line of its own on every call (log it, stall it), then
/// hands the call on to the real executable, so tests watch or slow the real tool without replacing it.
/// </summary>
internal static class TesseractWrapper
{
    /// <param name="folder">Where the script is written.</param>
    /// <param name="prelude">A shell line run first; <c>$*</c> holds the arguments.</param>
    /// <returns>The script's path, for Extraction:TesseractPath.</returns>
    public static string Create(string folder, string prelude)
    {
        var real = new OcrTools(new ExtractionOptions()).Tesseract ?? throw new InvalidOperationException("tesseract is not installed (test.sh installs it)");
        var script = Path.Combine(folder, "tesseract");
        File.WriteAllText(script, $"#!/bin/sh\n{prelude}\nexec '{real}' \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return script;
    }
}
