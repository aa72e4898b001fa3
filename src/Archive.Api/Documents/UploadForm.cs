using Archive.Core.Uploads;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Archive.Api.Documents;

/// <summary>
/// Reads a multipart/form-data upload as it arrives: the <c>file</c> part streamed to the corpus volume's staging
/// folder (never buffered whole), the metadata fields (<see cref="UploadMetadata.FieldNames"/>: language, type,
/// conference, date, place, title, counterpart, issuer) each a short line. The body may be at most the file limit plus
/// <see cref="FieldAllowance"/>; Kestrel stops reading past it.
/// </summary>
internal sealed record UploadForm(StagedUpload? File, UploadMetadata Metadata)
{
    public const string FileField = "file";

    /// <summary>Room in a body for the fields and part headers besides the file.</summary>
    public const long FieldAllowance = 64 * 1024;

    private const int MaxFieldLength = 4096;

    private const int MaxParts = 16;

    /// <summary>The form, or the fields that are wrong (400); a file too large or of the wrong type is refused (413, 415).</summary>
    /// <exception cref="UploadRefusedException">Too large, or not multipart, or a file the archive does not read.</exception>
    public static async Task<(UploadForm? Form, Dictionary<string, string[]> Errors)> ReadAsync(
        HttpRequest request, string corpusDirectory, long maxFileBytes, bool fileRequired, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadRefusedException(UploadRefusal.UnsupportedType,
                $"send the document as multipart/form-data, with the file in the field \"{FileField}\" (the request is {request.ContentType ?? "without a Content-Type"})");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 70)
        {
            errors["body"] = ["multipart/form-data needs a boundary of 1 to 70 characters in its Content-Type"];
            return (null, errors);
        }

        var limit = maxFileBytes + FieldAllowance;
        if (request.ContentLength > limit)
        {
            throw StagedUpload.TooLarge(maxFileBytes);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        StagedUpload? file = null;
        var metadata = new UploadMetadata();
        var given = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { HeadersCountLimit = 16, HeadersLengthLimit = 16 * 1024 };
            var parts = 0;
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (++parts > MaxParts)
                {
                    errors["body"] = [$"the form has more than {MaxParts} parts"];
                    break;
                }

                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase) || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
                {
                    errors["body"] = ["every part of the form needs a Content-Disposition: form-data header with a name"];
                    continue;
                }

                if (!given.Add(name))
                {
                    errors[name] = ["given more than once"];
                    continue;
                }

                if (name.Equals(FileField, StringComparison.OrdinalIgnoreCase))
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    file = await StagedUpload.WriteAsync(section.Body, fileName, corpusDirectory, maxFileBytes, cancellationToken);
                }
                else if (await ReadFieldAsync(section.Body, cancellationToken) is not { } value)
                {
                    errors[name] = [$"longer than {MaxFieldLength} characters"];
                }
                else if (!metadata.TryWith(name, value, out metadata))
                {
                    errors[name] = [$"not a field of an upload: {FileField}, {string.Join(", ", UploadMetadata.FieldNames)}"];
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            file?.Dispose();
            throw StagedUpload.TooLarge(maxFileBytes);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            file?.Dispose();
            errors["body"] = [$"the multipart form cannot be read: {ex.Message}"];
            return (null, errors);
        }
        catch
        {
            file?.Dispose();
            throw;
        }

        if (file is null && fileRequired)
        {
            errors[FileField] = [$"the document goes in the form field \"{FileField}\""];
        }

        foreach (var (field, messages) in metadata.Validate())
        {
            errors[field] = messages;
        }

        if (errors.Count > 0)
        {
            file?.Dispose();
            return (null, errors);
        }

        return (new UploadForm(file, metadata), errors);
    }

    /// <summary>A field's value, or null when it is longer than a field may be (reading stops there).</summary>
    private static async Task<string?> ReadFieldAsync(Stream body, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1024, leaveOpen: true);
        var buffer = new char[MaxFieldLength + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        return length > MaxFieldLength ? null : new string(buffer, 0, length);
    }
}
