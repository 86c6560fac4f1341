using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RuleOfLaw.BuildingBlocks.Access;

namespace RuleOfLaw.Testing;

/// <summary>
/// Another OpenID Connect issuer (the province's identity platform, say) on a free local port: it
/// publishes a discovery document and its JWKS over HTTP, as any issuer does, and signs tokens with
/// its own key. A service configured with its address fetches both like it would in production.
/// </summary>
public sealed class StandInIssuer : IAsyncDisposable
{
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "province-" + Guid.NewGuid().ToString("N")[..8] };
    private WebApplication? _app;

    public string Authority { get; private set; } = "";

    public static async Task<StandInIssuer> StartAsync()
    {
        var issuer = new StandInIssuer();
        var port = FreePort.Next();
        issuer.Authority = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(issuer.Authority);
        var app = builder.Build();
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(issuer._key);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Authority,
            ["jwks_uri"] = issuer.Authority + "/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/jwks", () => Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, alg = "RS256", n = jwk.N, e = jwk.E } } }));
        await app.StartAsync();
        issuer._app = app;
        return issuer;
    }

    public string TokenFor(string unitId, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimNames.Subject, "province-user"), new(ClaimNames.Name, "省平台用户"), new(ClaimNames.UnitCode, unitId) };
        claims.AddRange(roles.Select(r => new Claim(ClaimNames.Role, r)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = TestTokens.Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddMinutes(30),
            TokenType = "at+jwt",
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
