using System.Net;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Gateway.Tests;

/// <summary>
/// Prometheus scrapes <c>/metrics</c> on a port of its own (<c>Metrics:Port</c>), which only the monitoring
/// network reaches; the gateway's public port never answers it, for the gateway itself or for a service.
/// </summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private readonly EchoUpstream _upstream = new();
    private readonly int _metricsPort = FreePort.Next();
    private GatewayFactory _gateway = null!;
    private GatewayFactory _withoutMetricsPort = null!;

    public async Task InitializeAsync()
    {
        await _upstream.StartAsync();
        _gateway = new GatewayFactory(_upstream.Address, metricsPort: _metricsPort);
        _gateway.StartServer();
        _withoutMetricsPort = new GatewayFactory(_upstream.Address);
        _withoutMetricsPort.StartServer();
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _withoutMetricsPort.DisposeAsync();
        await _upstream.DisposeAsync();
    }

    [Fact]
    public async Task The_metrics_port_answers_metrics_in_the_Prometheus_format()
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_metricsPort}") };
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/metrics")]
    [InlineData("/metrics/")]
    [InlineData("/METRICS")]
    public async Task The_public_port_does_not_answer_metrics_even_when_the_host_header_names_the_metrics_port(string path)
    {
        using var client = _gateway.ClientFrom("127.0.6.1");
        using var plain = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);

        using var spoofed = new HttpRequestMessage(HttpMethod.Get, path);
        spoofed.Headers.Host = $"127.0.0.1:{_metricsPort}";
        using var answer = await client.SendAsync(spoofed);
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task Without_a_metrics_port_the_gateway_serves_no_metrics_at_all()
    {
        using var client = _withoutMetricsPort.ClientFrom("127.0.6.2");
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/documents/metrics")]
    [InlineData("/api/decisions/../metrics")]
    [InlineData("/health/decisions/../../metrics")]
    public async Task No_route_takes_a_request_to_a_services_metrics(string path)
    {
        using var client = _gateway.ClientFrom("127.0.6.3");
        using var response = await client.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "application/json")
        {
            Assert.NotEqual("/metrics", (await response.EchoAsync()).Path);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
