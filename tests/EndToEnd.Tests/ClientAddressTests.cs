using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace RuleOfLaw.EndToEnd.Tests;

/// <summary>
/// The gateway limits anonymous writes per client address, so it must see each client's own address as the
/// AppHost runs it, not the address of the orchestrator's proxy in front of it.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ClientAddressTests(SystemFixture system)
{
    [Fact]
    public async Task Everyone_has_their_own_anonymous_comment_limit_at_the_gateway_the_AppHost_runs()
    {
        var gateway = system.App.GetEndpoint(ResourceNames.Gateway, "http");
        using var first = ClientFrom("127.0.0.2", gateway);
        using var second = ClientFrom("127.0.0.3", gateway);

        var sent = 0;
        HttpStatusCode answer;
        do
        {
            answer = (await first.PostAsJsonAsync(Comments(), new { content = "建议明确适用范围。" })).StatusCode;
            sent++;
        }
        while (answer != HttpStatusCode.TooManyRequests && sent <= 100);

        Assert.Equal(HttpStatusCode.TooManyRequests, answer);
        Assert.True(sent > 1, "the first anonymous comment from an address is not limited");
        var other = await second.PostAsJsonAsync(Comments(), new { content = "建议增加过渡期。" });
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    private static string Comments() => $"/api/documents/{Guid.NewGuid()}/comments";

    /// <summary>A client whose connections come from <paramref name="localAddress"/> (any 127.0.0.x reaches 127.0.0.1 on Linux).</summary>
    private static HttpClient ClientFrom(string localAddress, Uri gateway)
    {
        var local = IPAddress.Parse(localAddress);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = gateway };
    }
}
