using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Core.Embeddings;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Archive.Api.Tests;

/// <summary>
/// A small server on 127.0.0.1 that speaks the OpenAI <c>POST /v1/embeddings</c> protocol (float or base64
/// encoding), its vectors computed by the bundled MiniLM model. Records each request's model and API key. It can be
/// told to fail as real endpoints do: answer 503 to the next requests (<see cref="FailNext"/>) or to all of them
/// (<see cref="Down"/>), or answer only after a delay (<see cref="Delay"/>).
/// </summary>
public sealed class FakeEmbeddingServer : IAsyncDisposable
{
    private WebApplication _app = null!;
    private readonly MiniLmEmbeddingGenerator _model = new(MiniLmModelFile.DefaultFolder);
    private int _failNext;
    private int _failures;

    public ConcurrentQueue<(string Model, string? Authorization, int Inputs)> Requests { get; } = new();

    /// <summary>While true, every request is answered 503.</summary>
    public bool Down { get; set; }

    /// <summary>How long each request waits before it is answered.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Requests answered 503 so far.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <summary>Answers the next <paramref name="count"/> requests 503, then normally again.</summary>
    public void FailNext(int count) => Volatile.Write(ref _failNext, count);

    /// <summary>The base address a client is configured with, e.g. http://127.0.0.1:41234/v1.</summary>
    public Uri Endpoint => new(LoopbackServer.Address(_app), "v1");

    public static async Task<FakeEmbeddingServer> StartAsync()
    {
        var server = new FakeEmbeddingServer();
        server._app = await LoopbackServer.StartAsync(app => app.MapPost("/v1/embeddings", server.EmbedAsync));
        return server;
    }

    private async Task<IResult> EmbedAsync(HttpRequest request)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, request.HttpContext.RequestAborted);
        }

        if (Down || (Volatile.Read(ref _failNext) > 0 && Interlocked.Decrement(ref _failNext) >= 0))
        {
            Interlocked.Increment(ref _failures);
            return Results.Json(new { error = new { message = "the model is loading", type = "server_error" } }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

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
