using System.Security.Cryptography;
using System.Text;
using Archive.Core.Documents;
using Archive.Core.Indexing;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Embeddings;

/// <summary>
/// Paragraph vectors of index generations. A generation's vectors are computed when it is built (or, if the provider
/// was down then, when it is next served) and stored in its folder, keyed by paragraph id, model and a hash of the
/// text embedded; a rebuild reuses every vector whose text is unchanged, from its own file or from the other
/// generations in the store, so only new or edited paragraphs are embedded again (and a text repeated word for word
/// in several paragraphs is embedded once).
/// </summary>
public sealed partial class ParagraphVectorStore(EmbeddingService embeddings, EnglishPivot pivot, ILogger<ParagraphVectorStore> logger)
{
    private volatile ParagraphVectors? _served;

    /// <summary>The vectors of a generation, when they are loaded; null otherwise (search is then lexical).</summary>
    public ParagraphVectors? For(string? generation) => _served is { } served && served.Generation == generation ? served : null;

    /// <summary>
    /// Loads the generation's vectors, embedding those missing, and makes them the ones served. Null when embeddings
    /// are off or the provider fails (the reason is on <see cref="EmbeddingService.Problem"/>).
    /// </summary>
    public async Task<VectorBuildResult?> EnsureAsync(IndexGeneration generation, DocumentLibrary library, IProgress<EmbeddingProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(generation);
        ArgumentNullException.ThrowIfNull(library);
        if (await embeddings.ReadyModelAsync(cancellationToken) is not { } model)
        {
            return null;
        }

        var inputs = Inputs(library, model).ToList();
        var path = PathOf(generation, model);
        // The same model gives the same text the same vector, whichever paragraph it is in.
        var known = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var file in ReusableFiles(generation, model))
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

        var vectorsOf = Assemble(model, generation.Name, library, entries);
        _served = vectorsOf;
        LogVectors(logger, generation.Name, model.Key, entries.Count - missing.Count, missing.Count);
        return new VectorBuildResult(vectorsOf, missing.Count, entries.Count - missing.Count);
    }

    /// <summary>The file of a generation's vectors for a model.</summary>
    public static string PathOf(IndexGeneration generation, EmbeddingModel model)
    {
        ArgumentNullException.ThrowIfNull(generation);
        ArgumentNullException.ThrowIfNull(model);
        return Path.Combine(generation.Directory, "vectors", model.Key + ".bin");
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

    private static ParagraphVectors Assemble(EmbeddingModel model, string generation, DocumentLibrary library, List<VectorEntry> entries)
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

        return new ParagraphVectors(model, generation, data, rows);
    }

    /// <summary>This generation's file first, then the same model's files in the other generations, newest first.</summary>
    private static IEnumerable<string> ReusableFiles(IndexGeneration generation, EmbeddingModel model)
    {
        yield return PathOf(generation, model);
        var root = Path.GetDirectoryName(generation.Directory);
        if (root is null || !Directory.Exists(root))
        {
            yield break;
        }

        foreach (var other in Directory.EnumerateDirectories(root, "gen-*").OrderDescending(StringComparer.Ordinal))
        {
            if (other != generation.Directory)
            {
                yield return PathOf(new IndexGeneration(other), model);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Paragraph vectors of {Generation} ({Model}): {Reused} reused, {Embedded} embedded")]
    private static partial void LogVectors(ILogger logger, string generation, string model, int reused, int embedded);

    private sealed record EmbeddingInput(string Id, string Text)
    {
        public string TextHash { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Text)).AsSpan(0, 16));
    }
}

/// <summary>Paragraphs embedded so far of those that need it.</summary>
public sealed record EmbeddingProgress(int Done, int Total);

/// <summary>A generation's vectors, and how many were embedded now and how many reused from earlier builds.</summary>
public sealed record VectorBuildResult(ParagraphVectors Vectors, int Embedded, int Reused);
