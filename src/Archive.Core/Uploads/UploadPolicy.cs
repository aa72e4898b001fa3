using Archive.Core.Documents;
using Archive.Core.Ingestion;

namespace Archive.Core.Uploads;

/// <summary>
/// What may be written to the corpus, checked against the archive being served before anything is written: no file
/// twice, a counterpart that exists, is unpaired and is in the other language, an id no other document holds, only
/// uploaded documents changed. Each refusal is an <see cref="UploadRefusedException"/> that says what to do instead,
/// in words any client can follow (no route of one of them).
/// </summary>
internal static class UploadPolicy
{
    public static void RefuseDuplicate(DocumentLibrary library, StagedUpload upload, ArchiveDocument? except)
    {
        if (library.Documents.FirstOrDefault(d => d.Sha256 == upload.Sha256 && d != except) is { } same)
        {
            throw new UploadRefusedException(UploadRefusal.Duplicate,
                $"the archive already has this file, as {same.Id} ({same.Source})", same.Id);
        }
    }

    /// <summary>The document a translation is added beside, or null when none is named.</summary>
    public static ArchiveDocument? Counterpart(DocumentLibrary library, string? id)
    {
        if (id is null)
        {
            return null;
        }

        var counterpart = library.FindDocument(id)
            ?? throw new UploadRefusedException(UploadRefusal.CounterpartConflict, $"the counterpart \"{id}\" is not in the archive; the list of documents gives the ids", id);
        return counterpart.CounterpartId is { } paired
            ? throw new UploadRefusedException(UploadRefusal.CounterpartConflict,
                $"{id} already has its counterpart, {paired}; replace {paired} with the new version instead", paired)
            : counterpart;
    }

    /// <summary>The id a new document takes: its own, or its counterpart's work key in its language; refused when taken.</summary>
    public static string IdOfNew(DocumentLibrary library, ArchiveDocument document, ArchiveDocument? counterpart)
    {
        var id = document.Id;
        if (counterpart is not null)
        {
            if (document.Language == counterpart.Language || document.Language == DocumentLanguage.Unknown)
            {
                throw new UploadRefusedException(UploadRefusal.CounterpartConflict,
                    $"the file reads as {DocumentLanguages.Name(document.Language)}, and its counterpart {counterpart.Id} is {DocumentLanguages.Name(counterpart.Language)}: a counterpart is the same document in the other language (give language=en or id if the text is misread)",
                    counterpart.Id);
            }

            id = $"{counterpart.WorkKey}-{document.Language.ToCode()}";
        }

        if (library.FindDocument(id) is { } taken)
        {
            throw new UploadRefusedException(UploadRefusal.IdTaken,
                $"the id {id} belongs to another document ({taken.Source}); give a conference, date or type that tells them apart, or replace {id} with the new version instead",
                id);
        }

        return id;
    }

    /// <summary>The document an id names, or a refusal saying there is none.</summary>
    public static ArchiveDocument Existing(DocumentLibrary library, string id) =>
        library.FindDocument(id)
        ?? throw new UploadRefusedException(UploadRefusal.NotFound, $"no document has the id \"{id}\"; the list of documents gives the ids", id);

    /// <summary>A counterpart is named when a document is added, never when it is replaced.</summary>
    public static void RefuseCounterpartOnReplace(string id, UploadMetadata metadata)
    {
        if (metadata.Counterpart is not null)
        {
            throw new UploadRefusedException(UploadRefusal.CounterpartConflict,
                "a counterpart is named when a document is added (its id follows from it); delete this one and add it again to pair it", id);
        }
    }

    /// <summary>A new version reads in the language of the one it replaces, so it keeps its id.</summary>
    public static void CheckReplacementLanguage(string id, ArchiveDocument current, ArchiveDocument replacement)
    {
        if (replacement.Id != id)
        {
            throw new UploadRefusedException(UploadRefusal.IdTaken,
                $"the new version reads as {DocumentLanguages.Name(replacement.Language)}, but {id} is the {DocumentLanguages.Name(current.Language)} version; add it as a new document with counterpart={id}", id);
        }
    }

    /// <summary>A translation shares its counterpart's type, conference, date and place unless the writer says otherwise.</summary>
    public static CatalogEntry FromCounterpart(ArchiveDocument counterpart) => new(
        counterpart.Source,
        null,
        counterpart.Metadata.Type.ToCode(),
        counterpart.Metadata.Conference,
        counterpart.Metadata.Date?.ToString(),
        counterpart.Metadata.Place,
        null,
        null,
        Sample: false);

    /// <summary>The uploads' catalog entry of a document; refused for one put in the corpus folder by hand.</summary>
    public static CatalogEntry UploadedEntry(IReadOnlyList<CatalogEntry> entries, ArchiveDocument document) =>
        entries.FirstOrDefault(e => e.Id == document.Id)
        ?? throw new UploadRefusedException(UploadRefusal.NotUploaded,
            $"{document.Id} ({document.Source}) was put in the corpus folder on the server, not uploaded: it is changed or removed there", document.Id);

    /// <summary>A name no other version of the document has: its id and the start of its hash.</summary>
    public static string FileName(string id, StagedUpload upload) => $"{id}-{upload.Sha256[..12]}{upload.Extension}";
}
