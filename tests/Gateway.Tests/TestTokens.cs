using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RuleOfLaw.Gateway.Tests;

/// <summary>
/// Tokens minted in the test: the issuer's key (which the gateway is given as its static configuration)
/// and the forgeries an attacker would try.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://gateway.district.example/";
    public const string Audience = "ruleoflaw-api";
    public const string Portal = "ruleoflaw-portal";
    public const string KeyId = "district-signing-key";

    /// <summary>The identity service's signing key, as its JWKS would publish it.</summary>
    public static readonly RsaSecurityKey SigningKey = new(RSA.Create(2048)) { KeyId = KeyId };

    /// <summary>Another RSA key claiming the same key id.</summary>
    public static readonly RsaSecurityKey ForeignKey = new(RSA.Create(2048)) { KeyId = KeyId };

    /// <summary>A good access token for <paramref name="subject"/>; <paramref name="change"/> spoils it.</summary>
    public static string Access(string subject, Action<SecurityTokenDescriptor>? change = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            TokenType = "at+jwt",
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(15),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = subject,
                ["client_id"] = Portal,
                ["scope"] = "ruleoflaw-api",
                ["role"] = "unit-staff",
            },
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        };
        change?.Invoke(descriptor);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An otherwise good access token with <c>alg: none</c> and no signature.</summary>
    public static string WithoutSignature(string subject) => Testing.TestTokens.WithoutSignature(Access(subject));

    /// <summary>A shared secret someone might guess, for an HS256 token.</summary>
    public static SigningCredentials GuessedSecret() => Testing.TestTokens.GuessedSecret(KeyId);
}
