using Archive.Core.Telemetry;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Archive.Api.Hosting;

/// <summary>
/// OpenTelemetry for the host: a trace for every request (and for the archive's own work and outgoing embedding
/// calls), the archive's metrics beside ASP.NET Core's, logs with their scopes; exported over OTLP when a collector
/// is configured, and scraped by Prometheus at <c>/metrics</c>.
/// </summary>
internal static class TelemetryExtensions
{
    // The standard OpenTelemetry variables: without an endpoint there is no collector to send to, so OTLP stays off.
    private const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string ServiceNameVariable = "OTEL_SERVICE_NAME";
    private const string DefaultServiceName = "bali-process-archive";

    private const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddArchiveTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration("Telemetry").ValidateOnStart();
        var serviceName = builder.Configuration[ServiceNameVariable] is { Length: > 0 } named ? named : DefaultServiceName;
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeScopes = true;
            logging.IncludeFormattedMessage = true;
        });
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddSource(ArchiveMetrics.ActivitySourceName)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => context.Request.Path != MetricsPath)
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(ArchiveMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddPrometheusExporter());
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpoint]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>The Prometheus scrape endpoint, answering on the loopback interface only unless configured otherwise.</summary>
    public static WebApplication MapArchiveMetrics(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (!options.Prometheus)
        {
            return app;
        }

        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch =>
        {
            if (!options.PrometheusFromAnyAddress)
            {
                branch.Use(LoopbackOnlyAsync);
            }
        }, optionsName: null);
        return app;
    }

    private static async Task LoopbackOnlyAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Connection.RemoteIpAddress is { } address && System.Net.IPAddress.IsLoopback(address))
        {
            await next(context);
            return;
        }

        await ProblemResponse.WriteAsync(context, StatusCodes.Status403Forbidden, "Metrics are served on the loopback interface only",
            "Scrape /metrics from the same machine, or set Telemetry:PrometheusFromAnyAddress=true to allow other addresses.");
    }
}
