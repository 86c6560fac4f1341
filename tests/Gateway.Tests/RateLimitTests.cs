using System.Net;

namespace RuleOfLaw.Gateway.Tests;

/// <summary>
/// Limits count per client: the token's client and subject, else the connection's own address — never an
/// address the client wrote in a header. Over the limit: 429 with Retry-After and a problem body.
/// </summary>
public sealed class RateLimitTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private const int Limit = GatewayFactory.AnonymousWritesPerWindow;

    private GatewayFactory Gateway => fixture.Gateway;

    [Fact]
    public async Task Anonymous_comments_past_the_limit_get_429_with_Retry_After_while_another_address_is_still_served()
    {
        using var client = Gateway.ClientFrom("127.0.3.1");
        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await client.SendAsync(Http.Request(HttpMethod.Post, Http.Comments()));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await client.SendAsync(Http.Request(HttpMethod.Post, Http.Comments()));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":429", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Reads from the same address are counted apart, and another address is still served.
        using var read = await client.GetAsync("/api/documents");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var neighbour = Gateway.ClientFrom("127.0.3.2");
        using var other = await neighbour.SendAsync(Http.Request(HttpMethod.Post, Http.Comments()));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_spoofed_X_Forwarded_For_does_not_change_the_client_the_limiter_sees_and_never_reaches_the_services()
    {
        using var client = Gateway.ClientFrom("127.0.3.3");
        for (var i = 0; i < Limit; i++)
        {
            using var request = Http.Request(HttpMethod.Post, Http.Comments());
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            request.Headers.Add("X-Forwarded-Host", "evil.example");
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("Forwarded", $"for=198.51.100.{i + 1};proto=https");
            request.Headers.Add("X-Real-IP", $"198.51.100.{i + 1}");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            var echo = await response.EchoAsync();
            Assert.Equal("127.0.3.3", echo.Header("X-Forwarded-For"));
            Assert.Equal("http", echo.Header("X-Forwarded-Proto"));
            Assert.Equal(Gateway.Address.Authority, echo.Header("X-Forwarded-Host"));
            Assert.Null(echo.Header("Forwarded"));
            Assert.Null(echo.Header("X-Real-IP"));
        }

        using var spoofed = Http.Request(HttpMethod.Post, Http.Comments());
        spoofed.Headers.Add("X-Forwarded-For", "203.0.113.200");
        using var limited = await client.SendAsync(spoofed);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    [Fact]
    public async Task A_token_is_limited_as_its_client_wherever_it_connects_from()
    {
        var token = TestTokens.Access("limited-" + Guid.NewGuid().ToString("N"));
        for (var i = 0; i < GatewayFactory.AuthenticatedPerWindow; i++)
        {
            // A new address each time: the partition is the token's client and subject, not the address.
            using var client = Gateway.ClientFrom($"127.0.4.{i + 1}");
            using var allowed = await client.SendAsync(Http.Request(HttpMethod.Get, "/api/documents", token));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var last = Gateway.ClientFrom("127.0.4.100");
        using var limited = await last.SendAsync(Http.Request(HttpMethod.Get, "/api/documents", token));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);

        using var someoneElse = await last.SendAsync(Http.Request(HttpMethod.Get, "/api/documents", TestTokens.Access("another-subject")));
        Assert.Equal(HttpStatusCode.OK, someoneElse.StatusCode);
    }

    [Fact]
    public async Task The_gateways_own_health_probe_is_never_limited()
    {
        using var client = Gateway.ClientFrom("127.0.3.4");
        for (var i = 0; i < GatewayFactory.AnonymousPerWindow + 5; i++)
        {
            using var response = await client.GetAsync("/alive");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
