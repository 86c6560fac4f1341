using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RuleOfLaw.Identity.Tests;

/// <summary>
/// The client's address in the logs and the account's history is the connection's own, unless the connection
/// comes from a configured proxy (the gateway, a load balancer), whose <c>X-Forwarded-For</c> is then believed.
/// </summary>
public sealed class ClientAddressTests
{
    private const string Proxy = "10.0.0.5";
    private const string ProxyNetwork = "10.20.0.0/16";

    [Theory]
    [InlineData(null)] // no proxy configured: not even loopback is believed
    [InlineData(Proxy)]
    public async Task Everyone_an_X_Forwarded_For_from_an_untrusted_peer_is_ignored(string? trustedProxy)
    {
        foreach (var peer in new[] { "203.0.113.50", "127.0.0.1", "10.0.0.6" })
        {
            await using var service = await StartAsync(trustedProxy);

            var (history, logs) = await FailSignInAsync(service, peer, forwardedFor: "198.51.100.60");

            Assert.Contains($"from {peer} ", history, StringComparison.Ordinal);
            Assert.DoesNotContain("198.51.100.60", history, StringComparison.Ordinal);
            Assert.Contains(logs, l => l.Contains($"from {peer} refused", StringComparison.Ordinal) && l.Contains($"ClientAddress={peer}", StringComparison.Ordinal));
            Assert.DoesNotContain(logs, l => l.Contains("198.51.100.60", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(Proxy)]
    [InlineData("10.20.7.8")]
    public async Task Behind_a_configured_proxy_its_X_Forwarded_For_names_the_client(string peer)
    {
        await using var service = await StartAsync(Proxy);

        var (history, logs) = await FailSignInAsync(service, peer, forwardedFor: "198.51.100.61");

        Assert.Contains("from 198.51.100.61 ", history, StringComparison.Ordinal);
        Assert.Contains(logs, l => l.Contains("from 198.51.100.61 refused", StringComparison.Ordinal) && l.Contains("ClientAddress=198.51.100.61", StringComparison.Ordinal));
    }

    private static async Task<IdentityServiceFactory> StartAsync(string? trustedProxy)
    {
        var service = new IdentityServiceFactory();
        if (trustedProxy is not null)
        {
            service.Settings["ForwardedHeaders:KnownProxies:0"] = trustedProxy;
            service.Settings["ForwardedHeaders:KnownNetworks:0"] = ProxyNetwork;
        }

        await service.InitializeAsync();
        return service;
    }

    /// <summary>A wrong password for a new account; answers the account's history and the service's log lines.</summary>
    private static async Task<(string History, IReadOnlyCollection<string> Logs)> FailSignInAsync(IdentityServiceFactory service, string peer, string forwardedFor)
    {
        using var admin = await AdministrationTests.SignedInAsync(service, "admin");
        var userName = "addressed." + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostAsJsonAsync("/api/identity/users", new { userName, displayName = "测试用户", password = "a-good-long-password", roles = new[] { "citizen" } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var client = service.CreateTokenClient(peer);
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        var (_, response) = await client.LoginWithReturnUrlAsync("/", "/", userName, "not-the-password");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        var history = await admin.GetStringAsync($"/api/identity/users/{id}/history");
        return (history, [.. service.Logs.Lines.Where(l => l.Contains(userName, StringComparison.Ordinal))]);
    }
}
