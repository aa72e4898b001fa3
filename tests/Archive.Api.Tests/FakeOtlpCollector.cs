using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Archive.Api.Tests;

/// <summary>
/// A small server on 127.0.0.1 that accepts OTLP over HTTP (<c>POST /v1/traces</c>, <c>/v1/metrics</c>,
/// <c>/v1/logs</c>, protobuf bodies) and keeps each body by path, as a collector would receive them.
/// </summary>
public sealed class FakeOtlpCollector : IAsyncDisposable
{
    private WebApplication _app = null!;

    public ConcurrentQueue<(string Path, byte[] Body)> Exports { get; } = new();

    /// <summary>The address an exporter is given as OTEL_EXPORTER_OTLP_ENDPOINT.</summary>
    public Uri Endpoint => LoopbackServer.Address(_app);

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var collector = new FakeOtlpCollector();
        collector._app = await LoopbackServer.StartAsync(app => app.MapPost("/v1/{signal}", collector.ReceiveAsync));
        return collector;
    }

    /// <summary>Whether a body exported to <paramref name="path"/> holds <paramref name="text"/> (protobuf keeps strings as UTF-8).</summary>
    public bool Received(string path, string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return Exports.Any(e => e.Path == path && e.Body.AsSpan().IndexOf(needle) >= 0);
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        Exports.Enqueue((request.Path, body.ToArray()));
        // An empty Export*ServiceResponse: zero bytes of protobuf.
        return Results.Bytes([], "application/x-protobuf");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
