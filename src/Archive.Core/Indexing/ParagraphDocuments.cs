using System.Globalization;
using Archive.Core.Documents;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Archive.Core.Indexing;

/// <summary>Turns a paragraph (with its counterpart, when it has one) into the Lucene document that indexes it.</summary>
internal static class ParagraphDocuments
{
    // The paragraph's own text keeps its words' offsets in the postings, so hits are highlighted without analysing it
    // again (MatchExplainer.Marks).
    private static readonly FieldType HighlightableText = CreateHighlightableText();

    public static Document Create(ArchiveDocument document, Paragraph paragraph, Paragraph? counterpart)
    {
        var language = document.Language.ToCode();
        var metadata = document.Metadata;
        var fields = new Document
        {
            new StringField(IndexFields.Id, paragraph.Id, Field.Store.YES),
            new StringField(IndexFields.DocumentId, document.Id, Field.Store.NO),
            new SortedDocValuesField(IndexFields.DocumentId, new BytesRef(document.Id)),
            new StringField(IndexFields.Language, language, Field.Store.NO),
            new SortedDocValuesField(IndexFields.Language, new BytesRef(language)),
            new StringField(IndexFields.Type, metadata.Type.ToCode(), Field.Store.NO),
            new SortedDocValuesField(IndexFields.Type, new BytesRef(metadata.Type.ToCode())),
            new StringField(IndexFields.Sample, metadata.Sample ? "true" : "false", Field.Store.NO),
            new StringField(IndexFields.Paired, counterpart is null ? "false" : "true", Field.Store.NO),
            new NumericDocValuesField(IndexFields.Ordinal, paragraph.Ordinal),
            new NumericDocValuesField(IndexFields.DateSort, DateKey(metadata.Date)),
            new Field(IndexFields.Text(document.Language), paragraph.Text, HighlightableText),
            new Field(IndexFields.Exact, paragraph.Text, HighlightableText),
        };

        if (metadata.Conference is int conference)
        {
            fields.Add(new Int32Field(IndexFields.Conference, conference, Field.Store.NO));
            fields.Add(new NumericDocValuesField(IndexFields.Conference, conference));
        }

        if (metadata.Date is PartialDate date)
        {
            fields.Add(new Int32Field(IndexFields.Year, date.Year, Field.Store.NO));
            fields.Add(new NumericDocValuesField(IndexFields.Year, date.Year));
        }

        if (counterpart is not null)
        {
            fields.Add(new TextField(IndexFields.Counterpart(document.Language.Other()), counterpart.Text, Field.Store.NO));
            fields.Add(new TextField(IndexFields.CounterpartExact, counterpart.Text, Field.Store.NO));
        }

        return fields;
    }

    private static FieldType CreateHighlightableText()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
        type.Freeze();
        return type;
    }

    private static long DateKey(PartialDate? date) => date is PartialDate d
        ? long.Parse(d.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
        : 0;
}
