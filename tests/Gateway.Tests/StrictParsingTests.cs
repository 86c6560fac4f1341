using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RuleOfLaw.Gateway.Tests;

/// <summary>
/// Requests written byte by byte on a raw connection, as a smuggler writes them: the gateway reads HTTP/1.1
/// strictly, and its refusals carry the security headers where a middleware can give them.
/// </summary>
public sealed class StrictParsingTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private GatewayFactory Gateway => fixture.Gateway;

    [Fact]
    public async Task Everyone_a_request_with_bare_LF_line_endings_is_refused_with_400()
    {
        var sane = await SendAsync("127.0.6.1", "GET /health HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n");
        Assert.Equal(200, sane.Status);

        var response = await SendAsync("127.0.6.1", "GET /health HTTP/1.1\nHost: gateway\nConnection: close\n\n");
        Assert.Equal(400, response.Status);
    }

    [Theory]
    [InlineData("+2")]
    [InlineData("-0")]
    [InlineData("2 2")]
    public async Task Everyone_a_Content_Length_that_is_not_plain_digits_is_refused_with_400_and_the_service_never_sees_it(string length)
    {
        var token = TestTokens.Access("content-length");
        var response = await SendAsync("127.0.6.2",
            $"POST /api/documents HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n{{}}");
        Assert.Equal(400, response.Status);
        Assert.DoesNotContain("\"bodyLength\"", response.Body, StringComparison.Ordinal);

        var plain = await SendAsync("127.0.6.2",
            $"POST /api/documents HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}");
        Assert.Equal(200, plain.Status);
    }

    [Fact]
    public async Task Everyone_a_refused_Content_Length_answer_carries_the_security_headers()
    {
        var response = await SendAsync("127.0.6.3", "POST /health HTTP/1.1\r\nHost: gateway\r\nContent-Length: +2\r\nConnection: close\r\n\r\n{}");
        Assert.Equal(400, response.Status);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Everyone_a_request_line_too_long_gets_414_with_the_security_headers()
    {
        var response = await SendAsync("127.0.6.4", $"GET /api/documents?q={new string('a', 10 * 1024)} HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n");
        Assert.Equal(414, response.Status);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Everyone_request_headers_too_large_get_431_with_the_security_headers()
    {
        var response = await SendAsync("127.0.6.5", $"GET /api/documents HTTP/1.1\r\nHost: gateway\r\nX-Padding: {new string('a', 40 * 1024)}\r\nConnection: close\r\n\r\n");
        Assert.Equal(431, response.Status);
        AssertSecurityHeaders(response);
    }

    private static void AssertSecurityHeaders(RawResponse response)
    {
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.Equal("DENY", response.Header("X-Frame-Options"));
        Assert.StartsWith("default-src 'none'", response.Header("Content-Security-Policy"), StringComparison.Ordinal);
    }

    private sealed record RawResponse(int Status, IReadOnlyList<(string Name, string Value)> Headers, string Body)
    {
        public string? Header(string name) => Headers.Where(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();
    }

    /// <summary>Writes <paramref name="request"/> as is (each asks to close the connection) and reads the answer until the gateway closes it.</summary>
    private async Task<RawResponse> SendAsync(string localAddress, string request)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
        await socket.ConnectAsync(Gateway.Address.Host, Gateway.Address.Port);
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var received = new MemoryStream();
        try
        {
            await stream.CopyToAsync(received, timeout.Token);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException)
        {
            // A server that refuses may reset the connection after answering, or keep it open; what arrived is the answer.
        }

        var text = Encoding.ASCII.GetString(received.ToArray());
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(end > 0, $"No complete answer: {text}");
        var lines = text[..end].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).Select(p => (p[0].Trim(), p[1].Trim())).ToList();
        return new RawResponse(status, headers, text[(end + 4)..]);
    }
}
