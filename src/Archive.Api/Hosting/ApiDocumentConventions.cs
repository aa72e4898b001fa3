using Archive.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.Api.Hosting;

/// <summary>
/// What the generated API document would otherwise get wrong for a client generated from it: query parameters named
/// as the service reads them (<c>q</c>, <c>lang</c>, not the record's <c>Q</c>, <c>Lang</c>), reads marked as open to
/// anyone (<c>security: []</c>) beside the writes that need a key, the 503 every read of the index answers while the
/// first index is built (<see cref="ArchiveExceptionHandler"/>), a server to resolve paths against, and a word on each
/// tag.
/// </summary>
internal sealed class ApiDocumentConventions : IOpenApiDocumentTransformer
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Search"] = "Paragraphs found by words, meaning or both, in English and Indonesian.",
        ["Documents"] = "The outcome documents, their paragraphs and citations; adding, replacing and removing them needs a key.",
        ["Paragraphs"] = "One paragraph by its stable id, and its citation.",
        ["Conferences"] = "The Ministerial Conferences and their documents.",
        ["Commitments"] = "What Ministers undertook: operative clauses, their strength, addressee, topics and lineage.",
        ["Follow-up"] = "The implementation record of each commitment; setting one needs a key.",
        ["Precedent"] = "Has this been agreed before? The agreed paragraphs closest to a draft.",
        ["Export"] = "The archive as a file for other tools: a translation memory of the aligned paragraphs.",
        ["Service"] = "What the service is.",
    };

    // Values a reader can try as they stand, on the bundled corpus: (path, parameter) → example.
    private static readonly Dictionary<(string Path, string Parameter), string> Examples = new()
    {
        [("/api/search", "q")] = "returns reintegration",
        [("/api/search", "lang")] = "en",
        [("/api/paragraphs/{id}", "id")] = "bpmc6-2016-cochairs-en/p4",
        [("/api/paragraphs/{id}/cite", "id")] = "bpmc6-2016-cochairs-en/p4",
        [("/api/paragraphs/{id}/cite", "format")] = "bibtex",
        [("/api/documents/{id}", "id")] = "bpmc6-2016-cochairs-en",
        [("/api/documents/{id}/cite", "id")] = "bpmc6-2016-cochairs-en",
        [("/api/commitments", "topic")] = "returns-reintegration",
        [("/api/commitments/{id}", "id")] = "bpmc6-2016-cochairs-en/p5/c1",
        [("/api/commitments/{id}/follow-up", "id")] = "bpmc6-2016-cochairs-en/p5/c1",
        [("/api/changes", "from")] = "7",
        [("/api/changes", "to")] = "8",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        // Relative to the address the document was read from, so it holds behind any proxy or port.
        document.Servers = [new OpenApiServer { Url = "/", Description = "This service" }];
        foreach (var (path, item) in document.Paths ?? [])
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
                {
                    if (parameter.In == ParameterLocation.Query && parameter.Name is { } field)
                    {
                        parameter.Name = ParameterNames.Rest.Of(field);
                    }

                    if (parameter.Name is { } name && Examples.TryGetValue((path, name), out var example))
                    {
                        parameter.Example = example;
                    }
                }

                operation.Security ??= [];
                if (method == HttpMethod.Get && ReadsTheIndex(path))
                {
                    operation.Responses ??= [];
                    operation.Responses.TryAdd("503", IndexNotReady(document));
                }
            }
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiResponse IndexNotReady(OpenApiDocument document) => new()
    {
        Description = "The index is still being built; try again after Retry-After seconds.",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
        },
    };

    /// <summary>Every read but the constant about, the write tickets and the follow-up register, which live outside the index.</summary>
    private static bool ReadsTheIndex(string path) =>
        path.StartsWith("/api/", StringComparison.Ordinal) && path is not ("/api/about" or "/api/writes/{ticket}" or "/api/follow-up.csv");
}
