using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RuleOfLaw.Identity.Tests;

/// <summary>Reads and validates tokens the way the gateway and the services will: with the published JWKS only.</summary>
internal static class AccessTokens
{
    public static JsonWebToken Read(string token) => new JsonWebTokenHandler().ReadJsonWebToken(token);

    public static async Task<JsonWebKeySet> JwksAsync(HttpClient client)
    {
        using var discovery = JsonDocument.Parse(await client.GetStringAsync("/.well-known/openid-configuration"));
        var jwksUri = new Uri(discovery.RootElement.GetProperty("jwks_uri").GetString()!);
        return new JsonWebKeySet(await client.GetStringAsync(jwksUri.PathAndQuery));
    }

    /// <summary>Validates <paramref name="token"/> as an access token for the district's APIs against <paramref name="jwks"/>.</summary>
    public static Task<TokenValidationResult> ValidateAsync(string token, JsonWebKeySet jwks) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = IdentityServiceFactory.Issuer,
            ValidAudience = IdentityService.ApiAudience,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidTypes = ["at+jwt"],
        });

    public static IReadOnlyList<string> Values(JsonWebToken token, string claim) =>
        [.. token.Claims.Where(c => c.Type == claim).Select(c => c.Value)];
}
