using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// What every RuleOfLaw process shares, after the Aspire service-defaults template: OpenTelemetry
/// (with MassTransit's and Npgsql's sources, so traces cross the bus and reach the database),
/// health endpoints, service discovery, resilient HTTP clients, and JSON with enums as strings.
/// </summary>
public static class Extensions
{
    public const string HealthEndpointPath = "/health";
    public const string AlivenessEndpointPath = "/alive";

    /// <summary>Prometheus scrapes this path. The gateway never routes it; see <see cref="MapDefaultEndpoints"/>.</summary>
    public const string MetricsEndpointPath = "/metrics";

    /// <summary>The port <c>/metrics</c> answers on, when set: a port of its own that only the monitoring network reaches.</summary>
    public const string MetricsPortSetting = "Metrics:Port";

    /// <summary>Kestrel's switch that refuses bare LF line endings in HTTP/1.1 requests.</summary>
    public const string Http1LineFeedTerminatorsSwitch = "Microsoft.AspNetCore.Server.Kestrel.DisableHttp1LineFeedTerminators";

    private static readonly string[] TraceSources = ["MassTransit", "Npgsql", "RuleOfLaw.*"];
    private static readonly string[] Meters = ["MassTransit", "Npgsql", "RuleOfLaw.*"];

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        // HTTP/1.1 lines end with CRLF only: Kestrel answers a bare LF with 400, so no proxy in front of a
        // process reads the same bytes as other requests than it does. Read when Kestrel starts.
        AppContext.SetSwitch(Http1LineFeedTerminatorsSwitch, true);
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // A number is a JSON number: "5" in quotes is refused (400), and the OpenAPI documents say integer, not integer-or-string.
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        return builder;
    }

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Meters)
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(TraceSources)
                .AddAspNetCoreInstrumentation(o =>
                    o.Filter = context =>
                        !context.Request.Path.StartsWithSegments(HealthEndpointPath)
                        && !context.Request.Path.StartsWithSegments(AlivenessEndpointPath)
                        && !context.Request.Path.StartsWithSegments(MetricsEndpointPath))
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>
    /// <c>/health</c>: every check (database, broker) must pass — the readiness probe. <c>/alive</c>: the
    /// process answers — the liveness probe. Mapped in every environment: containers and
    /// orchestrators probe them; they reveal nothing but the status word. <c>/metrics</c>: Prometheus'
    /// text format; with <c>Metrics:Port</c> set it answers only connections to that port (404 on any
    /// other), so a deployment exposes it to the monitoring network alone.
    /// </summary>
    /// <param name="metricsOnlyOnMetricsPort">
    /// The gateway's public port must never serve its metrics: without <c>Metrics:Port</c> it serves none.
    /// </param>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, bool metricsOnlyOnMetricsPort = false)
    {
        app.MapHealthChecks(HealthEndpointPath).AllowAnonymous();
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions { Predicate = r => r.Tags.Contains("live") }).AllowAnonymous();

        var metricsPort = app.Configuration.GetValue<int?>(MetricsPortSetting);
        // Metrics where OpenTelemetry's metrics are configured (AddServiceDefaults); a host without them has none to serve.
        if ((metricsPort is null && metricsOnlyOnMetricsPort) || app.Services.GetService<MeterProvider>() is null)
        {
            return app;
        }

        app.MapPrometheusScrapingEndpoint(MetricsEndpointPath)
            .AllowAnonymous()
            .Add(endpoint =>
            {
                var scrape = endpoint.RequestDelegate!;
                // The connection's own port, not the Host header, which a client chooses.
                endpoint.RequestDelegate = context =>
                {
                    if (metricsPort is null || context.Connection.LocalPort == metricsPort)
                    {
                        return scrape(context);
                    }

                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                };
            });
        return app;
    }
}
