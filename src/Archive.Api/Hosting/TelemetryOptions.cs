namespace Archive.Api.Hosting;

/// <summary>
/// The <c>Telemetry</c> section. Traces and metrics go to an OTLP collector when the standard variable
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> names one (with <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and the other standard
/// variables, such as <c>OTEL_SERVICE_NAME</c>, default <c>bali-process-archive</c>); the Prometheus scrape endpoint
/// is set here.
/// </summary>
internal sealed class TelemetryOptions
{
    /// <summary>Serve Prometheus metrics at <c>/metrics</c>. Default true.</summary>
    public bool Prometheus { get; set; } = true;

    /// <summary>
    /// Let <c>/metrics</c> answer requests from any address; by default (false) only from the loopback interface, so
    /// a service bound to a public address does not publish its metrics to everyone.
    /// </summary>
    public bool PrometheusFromAnyAddress { get; set; }
}
