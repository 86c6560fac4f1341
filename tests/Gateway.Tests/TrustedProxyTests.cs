using System.Net;

namespace RuleOfLaw.Gateway.Tests;

/// <summary>
/// Behind a configured proxy the client is the address that proxy forwards; any other connection is the
/// client itself, whatever it writes in a header.
/// </summary>
public sealed class TrustedProxyTests(TrustedProxyFixture fixture) : IClassFixture<TrustedProxyFixture>
{
    private const int Limit = GatewayFactory.AnonymousWritesPerWindow;

    private GatewayFactory Gateway => fixture.Gateway;

    [Fact]
    public async Task Everyone_behind_a_trusted_proxy_has_their_own_anonymous_limit()
    {
        using var proxy = Gateway.ClientFrom(TrustedProxyFixture.Proxy);
        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await proxy.SendAsync(Forwarded("203.0.113.10"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            var echo = await allowed.EchoAsync();
            Assert.Equal("203.0.113.10", echo.Header("X-Forwarded-For"));
            Assert.Equal("https", echo.Header("X-Forwarded-Proto"));
        }

        using var limited = await proxy.SendAsync(Forwarded("203.0.113.10"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);

        // Only the address the proxy itself appended counts: what the client put before it is not trusted.
        using var prefixed = await proxy.SendAsync(Forwarded("198.51.100.1, 203.0.113.10"));
        Assert.Equal(HttpStatusCode.TooManyRequests, prefixed.StatusCode);

        using var neighbour = await proxy.SendAsync(Forwarded("203.0.113.11"));
        Assert.Equal(HttpStatusCode.OK, neighbour.StatusCode);
        Assert.Equal("203.0.113.11", (await neighbour.EchoAsync()).Header("X-Forwarded-For"));
    }

    [Fact]
    public async Task A_proxy_in_a_trusted_network_forwards_the_client_address()
    {
        using var proxy = Gateway.ClientFrom("127.0.7.5");
        using var response = await proxy.SendAsync(Forwarded("203.0.113.20"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("203.0.113.20", (await response.EchoAsync()).Header("X-Forwarded-For"));
    }

    [Fact]
    public async Task A_connection_from_anywhere_else_is_its_own_client_whatever_it_forwards()
    {
        using var client = Gateway.ClientFrom("127.0.6.2");
        for (var i = 0; i < Limit; i++)
        {
            using var allowed = await client.SendAsync(Forwarded($"203.0.113.{30 + i}"));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            var echo = await allowed.EchoAsync();
            Assert.Equal("127.0.6.2", echo.Header("X-Forwarded-For"));
            Assert.Equal("http", echo.Header("X-Forwarded-Proto"));
        }

        using var limited = await client.SendAsync(Forwarded("203.0.113.99"));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    private static HttpRequestMessage Forwarded(string forwardedFor)
    {
        var request = Http.Request(HttpMethod.Post, Http.Comments());
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }
}
