using System.Text.Json;
using Archive.Core.Documents;
using Archive.Core.Indexing;

namespace Archive.Core.Export;

/// <summary>
/// One paragraph as an OpenSearch document: the fields of its Lucene document (<see cref="ParagraphDocuments"/>) under
/// the same names, plus what the Lucene index leaves to the library snapshot (<see cref="OpenSearchFields"/>).
/// </summary>
internal static class OpenSearchDocument
{
    public static void Write(Utf8JsonWriter json, ArchiveDocument document, Paragraph paragraph, Paragraph? counterpart, ReadOnlySpan<float> vector)
    {
        var metadata = document.Metadata;
        json.WriteStartObject();
        json.WriteString(IndexFields.Id, paragraph.Id);
        json.WriteString(IndexFields.DocumentId, document.Id);
        json.WriteString(IndexFields.Language, document.Language.ToCode());
        json.WriteString(IndexFields.Type, metadata.Type.ToCode());
        json.WriteBoolean(IndexFields.Sample, metadata.Sample);
        json.WriteBoolean(IndexFields.Paired, counterpart is not null);
        json.WriteNumber(IndexFields.Ordinal, paragraph.Ordinal);
        if (metadata.Conference is int conference)
        {
            json.WriteNumber(IndexFields.Conference, conference);
        }

        // Lucene sorts an unknown date as 0; here the field is left out, and a sort says where missing dates go.
        if (metadata.Date is PartialDate date)
        {
            json.WriteString(IndexFields.DateSort, date.ToString());
            json.WriteNumber(IndexFields.Year, date.Year);
        }

        json.WriteString(IndexFields.Text(document.Language), paragraph.Text);
        json.WriteString(IndexFields.Exact, paragraph.Text);
        if (counterpart is not null)
        {
            json.WriteString(OpenSearchFields.Counterpart, counterpart.Id);
            json.WriteString(IndexFields.Counterpart(document.Language.Other()), counterpart.Text);
            json.WriteString(IndexFields.CounterpartExact, counterpart.Text);
        }

        json.WriteString(OpenSearchFields.Citation, paragraph.Citation);
        json.WriteString(OpenSearchFields.Permalink, Permalink.Of(document, paragraph));
        if (!vector.IsEmpty)
        {
            json.WriteStartArray(OpenSearchFields.Vector);
            foreach (var value in vector)
            {
                json.WriteNumberValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
