using Archive.Core.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Documents;

/// <summary>Each refusal of a write as a ProblemDetails with its own status; the message is the ingest report's.</summary>
internal static class UploadProblems
{
    public static ProblemHttpResult From(UploadRefusedException refused)
    {
        var (status, title) = refused.Refusal switch
        {
            UploadRefusal.TooLarge => (StatusCodes.Status413PayloadTooLarge, "The file is too large"),
            UploadRefusal.UnsupportedType => (StatusCodes.Status415UnsupportedMediaType, "The archive does not read this type of file"),
            UploadRefusal.Unreadable => (StatusCodes.Status422UnprocessableEntity, "The file cannot be read into paragraphs"),
            UploadRefusal.Duplicate => (StatusCodes.Status409Conflict, "The archive already has this file"),
            UploadRefusal.IdTaken => (StatusCodes.Status409Conflict, "The id belongs to another document"),
            UploadRefusal.CounterpartConflict => (StatusCodes.Status409Conflict, "The counterpart cannot be paired"),
            UploadRefusal.NotFound => (StatusCodes.Status404NotFound, "Document not found"),
            UploadRefusal.NotUploaded => (StatusCodes.Status403Forbidden, "The document was not uploaded"),
            _ => (StatusCodes.Status503ServiceUnavailable, "The archive could not be changed"),
        };
        var extensions = new Dictionary<string, object?> { ["refusal"] = refused.Refusal.ToCode() };
        if (refused.DocumentId is { } id)
        {
            extensions["documentId"] = id;
        }

        return TypedResults.Problem(detail: refused.Message, statusCode: status, title: title, extensions: extensions);
    }
}
