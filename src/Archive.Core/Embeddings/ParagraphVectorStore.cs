using System.Security.Cryptography;
using System.Text;
using Archive.Core.Documents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Embeddings;

/// <summary>
/// Paragraph vectors of index generations, each in the generation's folder (<c>vectors/MODEL.bin</c>). A
/// generation's vectors are computed when it is built (or, if the provider was down then, when it is next served),
/// keyed by paragraph id, model and a hash of the text embedded; a rebuild reuses every vector whose text is
/// unchanged, from its own file or from the folders beside it, so only new or edited paragraphs are embedded again
/// (and a text repeated word for word in several paragraphs is embedded once). The store knows folders, not index
/// generations: indexing depends on it, not the other way round.
/// </summary>
public sealed partial class ParagraphVectorStore(EmbeddingService embeddings, EnglishPivot pivot, IOptions<EmbeddingOptions> options, ILogger<ParagraphVectorStore> logger)
{
    private volatile ParagraphVectors? _served;

    /// <summary>The vectors of a generation, when they are loaded; null otherwise (search is then lexical).</summary>
    public ParagraphVectors? For(string? generation) => _served is { } served && served.Generation == generation ? served : null;

    /// <summary>
    /// Loads the generation's vectors, embedding those missing, and makes them the ones served. Null when embeddings
    /// are off or the provider fails (the reason is on <see cref="EmbeddingService.FailureReason"/>).
    /// </summary>
    public async Task<VectorBuildResult?> EnsureAsync(string generationDirectory, DocumentLibrary library, IProgress<EmbeddingProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(generationDirectory);
        ArgumentNullException.ThrowIfNull(library);
        if (await embeddings.ReadyModelAsync(cancellationToken) is not { } model)
        {
            return null;
        }

        var inputs = Inputs(library, model).ToList();
        var path = PathOf(generationDirectory, model);
        var generation = Path.GetFileName(Path.TrimEndingDirectorySeparator(generationDirectory));
        // The same model gives the same text the same vector, whichever paragraph it is in.
        var known = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var file in ReusableFiles(generationDirectory, model))
        {
            foreach (var entry in VectorFile.Read(file, model.Key, model.Dimensions))
            {
                known.TryAdd(entry.TextHash, entry.Vector);
            }
        }

        var missing = inputs.Where(i => !known.ContainsKey(i.TextHash)).DistinctBy(i => i.TextHash).ToList();
        var done = 0;
        progress?.Report(new EmbeddingProgress(0, missing.Count));
        try
        {
            foreach (var batch in missing.Chunk(64))
            {
                var vectors = await embeddings.EmbedAsync([.. batch.Select(i => i.Text)], cancellationToken);
                for (var i = 0; i < batch.Length; i++)
                {
                    known[batch[i].TextHash] = vectors[i];
                }

                done += batch.Length;
                progress?.Report(new EmbeddingProgress(done, missing.Count));
            }
        }
        catch (EmbeddingUnavailableException)
        {
            return null;
        }

        var entries = inputs.Select(i => new VectorEntry(i.Id, i.TextHash, known[i.TextHash])).ToList();
        if (missing.Count > 0 || !File.Exists(path))
        {
            VectorFile.Write(path, model.Key, model.Dimensions, entries);
        }

        var vectorsOf = Assemble(model, generation, library, entries);
        _served = vectorsOf;
        LogVectors(logger, generation, model.Key, entries.Count - missing.Count, missing.Count);
        return new VectorBuildResult(vectorsOf, missing.Count, entries.Count - missing.Count);
    }

    /// <summary>The file of a generation's vectors for a model.</summary>
    public static string PathOf(string generationDirectory, EmbeddingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Path.Combine(generationDirectory, "vectors", model.Key + ".bin");
    }

    /// <summary>
    /// The text embedded for each paragraph. A multilingual model embeds every paragraph's own text. An English model
    /// embeds English paragraphs, and Indonesian ones only when they have no English counterpart to stand for them
    /// (then in their glossary translation).
    /// </summary>
    private IEnumerable<EmbeddingInput> Inputs(DocumentLibrary library, EmbeddingModel model)
    {
        foreach (var document in library.Documents)
        {
            foreach (var paragraph in document.Paragraphs)
            {
                if (model.Multilingual || document.Language != DocumentLanguage.Indonesian)
                {
                    yield return new EmbeddingInput(paragraph.Id, paragraph.Text);
                }
                else if (EnglishCounterpart(library, paragraph) is null)
                {
                    yield return new EmbeddingInput(paragraph.Id, pivot.Translate(paragraph.Text).Text);
                }
            }
        }
    }

    private static string? EnglishCounterpart(DocumentLibrary library, Paragraph paragraph) =>
        paragraph.CounterpartId is { } id && library.FindParagraph(id) is var (document, _) && document.Language == DocumentLanguage.English ? id : null;

    private ParagraphVectors Assemble(EmbeddingModel model, string generation, DocumentLibrary library, List<VectorEntry> entries)
    {
        var data = new float[entries.Count * model.Dimensions];
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < entries.Count; row++)
        {
            entries[row].Vector.CopyTo(data, row * model.Dimensions);
            rows[entries[row].Id] = row;
        }

        // Indonesian paragraphs embedded through their English counterparts share the counterpart's row.
        foreach (var paragraph in library.Documents.SelectMany(d => d.Paragraphs))
        {
            if (!rows.ContainsKey(paragraph.Id) && EnglishCounterpart(library, paragraph) is { } english && rows.TryGetValue(english, out var row))
            {
                rows[paragraph.Id] = row;
            }
        }

        return options.Value.Quantize ? ParagraphVectors.Int8(model, generation, data, rows) : new ParagraphVectors(model, generation, data, rows);
    }

    /// <summary>This generation's file first, then the same model's files in the folders beside it, newest name first.</summary>
    private static IEnumerable<string> ReusableFiles(string generationDirectory, EmbeddingModel model)
    {
        yield return PathOf(generationDirectory, model);
        var root = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(generationDirectory));
        if (root is null || !Directory.Exists(root))
        {
            yield break;
        }

        var own = FullPath(generationDirectory);
        foreach (var other in Directory.EnumerateDirectories(root).OrderDescending(StringComparer.Ordinal))
        {
            if (FullPath(other) != own && File.Exists(PathOf(other, model)))
            {
                yield return PathOf(other, model);
            }
        }
    }

    private static string FullPath(string directory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));

    [LoggerMessage(Level = LogLevel.Information, Message = "Paragraph vectors of {Generation} ({Model}): {Reused} reused, {Embedded} embedded")]
    private static partial void LogVectors(ILogger logger, string generation, string model, int reused, int embedded);

    private sealed record EmbeddingInput(string Id, string Text)
    {
        public string TextHash { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Text)).AsSpan(0, 16));
    }
}
