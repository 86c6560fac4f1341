using System.Text.Json;

namespace RuleOfLaw.Identity.Tests;

public sealed class DiscoveryTests(IdentityServiceFactory service) : IClassFixture<IdentityServiceFactory>
{
    [Fact]
    public async Task Discovery_names_the_configured_issuer_and_the_connect_endpoints()
    {
        using var client = service.CreateClient();
        using var discovery = JsonDocument.Parse(await client.GetStringAsync("/.well-known/openid-configuration"));
        var root = discovery.RootElement;
        Assert.Equal(IdentityServiceFactory.Issuer, root.GetProperty("issuer").GetString());
        Assert.Equal("http://localhost/connect/authorize", root.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost/connect/token", root.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost/.well-known/jwks", root.GetProperty("jwks_uri").GetString());
        var grants = root.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Contains("authorization_code", grants);
        Assert.Contains("client_credentials", grants);
        Assert.Contains("refresh_token", grants);
        Assert.Equal(["S256"], root.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("ruleoflaw-api", root.GetProperty("scopes_supported").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Jwks_publishes_one_RSA_signing_key_with_a_key_id_and_no_private_part()
    {
        using var client = service.CreateClient();
        var jwks = await AccessTokens.JwksAsync(client);
        var key = Assert.Single(jwks.Keys);
        Assert.Equal("RSA", key.Kty);
        Assert.Equal("sig", key.Use);
        Assert.False(string.IsNullOrEmpty(key.Kid));
        Assert.Null(key.D);
        Assert.Null(key.P);
    }

    [Fact]
    public async Task Behind_the_gateway_discovery_still_sends_clients_to_the_issuer_address()
    {
        // The gateway forwards with this service's own host name; clients must still be sent to the public address.
        using var client = service.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/openid-configuration");
        request.Headers.Host = "identity.internal:8080";
        using var discovery = JsonDocument.Parse(await (await client.SendAsync(request)).Content.ReadAsStringAsync());
        Assert.Equal("http://localhost/connect/authorize", discovery.RootElement.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://localhost/connect/token", discovery.RootElement.GetProperty("token_endpoint").GetString());
        Assert.Equal("http://localhost/.well-known/jwks", discovery.RootElement.GetProperty("jwks_uri").GetString());

        using var jwks = new HttpRequestMessage(HttpMethod.Get, "/.well-known/jwks");
        jwks.Headers.Host = "identity.internal:8080";
        Assert.True((await client.SendAsync(jwks)).IsSuccessStatusCode);
    }
}
