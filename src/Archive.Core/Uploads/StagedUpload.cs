using System.Security.Cryptography;
using Archive.Core.Ingestion;

namespace Archive.Core.Uploads;

/// <summary>
/// An uploaded file written to the corpus volume's staging folder (<see cref="CorpusLayout.IncomingFolder"/>), hashed
/// as it was written and typed by its content. Disposing it deletes the staged file unless it was moved into the
/// corpus, so a refused upload leaves nothing behind.
/// </summary>
public sealed class StagedUpload : IDisposable
{
    private StagedUpload(string path, string sha256, long length, string extension, string? originalName)
    {
        Path = path;
        Sha256 = sha256;
        Length = length;
        Extension = extension;
        OriginalName = originalName;
    }

    /// <summary>Where the staged file is now.</summary>
    public string Path { get; private set; }

    private bool Moved { get; set; }

    public string Sha256 { get; }

    public long Length { get; }

    /// <summary>The extension its content calls for: ".pdf", ".html", ".md" or ".txt".</summary>
    public string Extension { get; }

    /// <summary>The file name the client gave, without any folder.</summary>
    public string? OriginalName { get; }

    /// <summary>Streams <paramref name="content"/> to a staging file, hashing it, and types it by its first bytes.</summary>
    /// <exception cref="UploadRefusedException">Larger than <paramref name="maxBytes"/> (reading stops there), or not a type the archive reads.</exception>
    public static async Task<StagedUpload> WriteAsync(
        Stream content, string? originalName, string corpusDirectory, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var folder = System.IO.Path.Combine(corpusDirectory, CorpusLayout.IncomingFolder);
        var path = System.IO.Path.Combine(folder, $"{Guid.NewGuid():N}.part");
        FileStream file;
        try
        {
            Directory.CreateDirectory(folder);
            file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw WriteFailed(ex);
        }

        var head = new byte[UploadFormat.SniffBytes];
        var headLength = 0;
        long length = 0;
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (file)
            {
                var buffer = new byte[81920];
                int read;
                // A failure reading the request is the client's (and propagates as it is); one writing the file is ours.
                while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    length += read;
                    if (length > maxBytes)
                    {
                        throw TooLarge(maxBytes);
                    }

                    var toHead = Math.Min(read, head.Length - headLength);
                    buffer.AsSpan(0, toHead).CopyTo(head.AsSpan(headLength));
                    headLength += toHead;
                    hash.AppendData(buffer, 0, read);
                    try
                    {
                        await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    }
                    catch (IOException ex)
                    {
                        throw WriteFailed(ex);
                    }
                }

                try
                {
                    await file.FlushAsync(cancellationToken);
                    file.Flush(flushToDisk: true);
                }
                catch (IOException ex)
                {
                    throw WriteFailed(ex);
                }
            }

            var name = originalName is null ? null : System.IO.Path.GetFileName(originalName.Replace('\\', '/'));
            var (extension, refusal) = UploadFormat.Sniff(head.AsSpan(0, headLength), name);
            if (extension is null)
            {
                throw new UploadRefusedException(UploadRefusal.UnsupportedType, refusal!);
            }

            // The extractors choose by extension: the staged file takes the one its content calls for.
            var typed = System.IO.Path.ChangeExtension(path, extension);
            File.Move(path, typed);
            return new StagedUpload(typed, Convert.ToHexStringLower(hash.GetHashAndReset()), length, extension, name);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>The corpus volume would not take the file (read-only, full): the service's failure, not the client's.</summary>
    private static UploadRefusedException WriteFailed(Exception exception) =>
        new(UploadRefusal.WriteFailed, $"the upload could not be written to the corpus volume ({exception.Message})");

    /// <summary>The refusal of a file over the limit, said the same wherever it is found.</summary>
    public static UploadRefusedException TooLarge(long maxBytes) => new(UploadRefusal.TooLarge,
        $"the file is larger than {maxBytes} bytes, the most the archive takes (Extraction:MaxFileBytes)");

    /// <summary>Moves the file to its place in the corpus (a rename on the same volume); it is then no longer deleted on dispose.</summary>
    public void MoveTo(string destination)
    {
        File.Move(Path, destination);
        Path = destination;
        Moved = true;
    }

    public void Dispose()
    {
        if (!Moved)
        {
            File.Delete(Path);
        }
    }
}
