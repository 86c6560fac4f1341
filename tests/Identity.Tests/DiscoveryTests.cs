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
        Assert.Contains("S256", root.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
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
}
