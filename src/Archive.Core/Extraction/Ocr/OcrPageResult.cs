namespace Archive.Core.Extraction.Ocr;

/// <summary>What OCR made of one page: its words, or why it read none.</summary>
/// <param name="Page">The 1-based page.</param>
/// <param name="Words">The recognised words in page coordinates; null when the page failed.</param>
/// <param name="Failure">Why the page could not be read (time budget, a tool error), said to a person.</param>
/// <param name="Render">Time spent rendering the page (zero from the cache).</param>
/// <param name="Recognise">Time spent recognising it (zero from the cache).</param>
internal sealed record OcrPageResult(int Page, HocrPage? Words, string? Failure, TimeSpan Render, TimeSpan Recognise);
