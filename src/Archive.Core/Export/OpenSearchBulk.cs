using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Archive.Core.Documents;
using Archive.Core.Embeddings;

namespace Archive.Core.Export;

/// <summary>
/// Writes an index generation's paragraphs as the NDJSON body of OpenSearch's <c>_bulk</c> API: per paragraph an
/// <c>index</c> action with the paragraph id as <c>_id</c>, then its document (<see cref="OpenSearchDocument"/>), each
/// on one line ended by <c>\n</c>. One paragraph is in memory at a time.
/// </summary>
public static class OpenSearchBulk
{
    // Bulk bodies are read by OpenSearch, not put into HTML: letters beyond ASCII stay readable and a third the size.
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="output">Where the lines go; flushed at the end, not closed.</param>
    /// <param name="indexName">The <c>_index</c> of every action; must be valid (<see cref="OpenSearchIndexName.Problem"/>).</param>
    /// <param name="library">The generation's documents.</param>
    /// <param name="vectors">The generation's paragraph vectors; null to write documents without them.</param>
    public static async Task<BulkExportSummary> WriteAsync(
        TextWriter output, string indexName, DocumentLibrary library, ParagraphVectors? vectors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(library);
        if (OpenSearchIndexName.Problem(indexName) is { } problem)
        {
            throw new ArgumentException(problem, nameof(indexName));
        }

        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using var json = new Utf8JsonWriter(buffer, Json);
        var (paragraphs, withVectors, bytes) = (0, 0, 0L);
        foreach (var document in library.Documents)
        {
            foreach (var paragraph in document.Paragraphs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // The counterpart as the index builder finds it, so both engines index the same text.
                var counterpart = paragraph.CounterpartId is { } id ? library.FindParagraph(id)?.Paragraph : null;
                buffer.ResetWrittenCount();
                if (WritePair(json, buffer, indexName, document, paragraph, counterpart, vectors))
                {
                    withVectors++;
                }

                paragraphs++;
                bytes += buffer.WrittenCount;
                await output.WriteAsync(Encoding.UTF8.GetString(buffer.WrittenSpan).AsMemory(), cancellationToken);
            }
        }

        await output.FlushAsync(cancellationToken);
        return new BulkExportSummary(paragraphs, withVectors, bytes);
    }

    /// <returns>True when the document was written with a vector.</returns>
    private static bool WritePair(
        Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, string indexName, ArchiveDocument document, Paragraph paragraph, Paragraph? counterpart, ParagraphVectors? vectors)
    {
        json.Reset();
        json.WriteStartObject();
        json.WriteStartObject("index");
        json.WriteString("_index", indexName);
        json.WriteString("_id", paragraph.Id);
        json.WriteEndObject();
        json.WriteEndObject();
        EndLine(json, buffer);

        var vector = vectors is null ? [] : vectors.Of(paragraph.Id);
        OpenSearchDocument.Write(json, document, paragraph, counterpart, vector);
        EndLine(json, buffer);
        return !vector.IsEmpty;
    }

    private static void EndLine(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer)
    {
        json.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        json.Reset();
    }
}
