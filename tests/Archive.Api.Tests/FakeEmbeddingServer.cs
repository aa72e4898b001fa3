using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Core.Embeddings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>
/// A small server on 127.0.0.1 that speaks the OpenAI <c>POST /v1/embeddings</c> protocol (float or base64
/// encoding), its vectors computed by the bundled MiniLM model. Records each request's model and API key.
/// </summary>
public sealed class FakeEmbeddingServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly MiniLmEmbeddingGenerator _model = new();

    private FakeEmbeddingServer(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Model, string? Authorization, int Inputs)> Requests { get; } = new();

    /// <summary>The base address a client is configured with, e.g. http://127.0.0.1:41234/v1.</summary>
    public Uri Endpoint => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1");

    public static async Task<FakeEmbeddingServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeEmbeddingServer(app);
        app.MapPost("/v1/embeddings", server.EmbedAsync);
        await app.StartAsync();
        return server;
    }

    private async Task<IResult> EmbedAsync(HttpRequest request)
    {
        var body = await JsonSerializer.DeserializeAsync<EmbeddingRequest>(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        if (body?.Input is not { } input || body.Model is not { } model)
        {
            return Results.BadRequest(new { error = new { message = "input and model are required" } });
        }

        string[] texts = input.ValueKind == JsonValueKind.String ? [input.GetString()!] : [.. input.EnumerateArray().Select(e => e.GetString()!)];
        Requests.Enqueue((model, request.Headers.Authorization.ToString(), texts.Length));
        var vectors = await _model.GenerateAsync(texts, cancellationToken: request.HttpContext.RequestAborted);
        var base64 = body.EncodingFormat == "base64";
        return Results.Json(new
        {
            @object = "list",
            model,
            data = vectors.Select((v, i) => new
            {
                @object = "embedding",
                index = i,
                embedding = base64 ? (object)Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(v.Vector.Span)) : v.Vector.ToArray(),
            }),
            usage = new { prompt_tokens = texts.Length, total_tokens = texts.Length },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _model.Dispose();
    }

    private sealed record EmbeddingRequest(
        [property: JsonPropertyName("input")] JsonElement? Input,
        [property: JsonPropertyName("model")] string? Model,
        [property: JsonPropertyName("encoding_format")] string? EncodingFormat);
}
