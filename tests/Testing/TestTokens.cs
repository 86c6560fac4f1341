using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using RuleOfLaw.BuildingBlocks.Access;

namespace RuleOfLaw.Testing;

/// <summary>
/// Access tokens for service tests, signed by a key the hosted service trusts as its issuer's (the
/// service validates them with its real JWT bearer handler; only the issuer's discovery is
/// replaced by this static configuration). Tokens of the Identity service itself are tested there
/// and through the gateway.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://identity.ruleoflaw.test/";
    public const string Audience = "ruleoflaw-api";

    /// <summary>The roles that let a test drive a whole procedure for one unit.</summary>
    public static readonly string[] AllStaffRoles = [Roles.UnitStaff, Roles.UnitHead, Roles.LegalOffice, Roles.ReconsiderationOfficer];

    private static readonly RsaSecurityKey SigningKey = new(RSA.Create(2048)) { KeyId = "test-key" };

    public static OpenIdConnectConfiguration Configuration
    {
        get
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            configuration.SigningKeys.Add(SigningKey);
            return configuration;
        }
    }

    /// <summary>A token for a member of staff of <paramref name="unitId"/> (null: no unit) holding <paramref name="roles"/>.</summary>
    public static string For(string? unitId, params string[] roles) =>
        Create(unitId, roles, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30));

    public static string Create(
        string? unitId,
        IEnumerable<string> roles,
        DateTime notBefore,
        DateTime expires,
        string? issuer = null,
        string? audience = null,
        string type = "at+jwt",
        SigningCredentials? credentials = null,
        string name = "测试用户")
    {
        var claims = new List<Claim> { new(ClaimNames.Subject, "test-" + (unitId ?? name)), new(ClaimNames.Name, name) };
        claims.AddRange(roles.Select(r => new Claim(ClaimNames.Role, r)));
        if (unitId is not null)
        {
            claims.Add(new Claim(ClaimNames.UnitCode, unitId));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience ?? Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires,
            TokenType = type,
            SigningCredentials = credentials ?? new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>HS256 under a shared secret an attacker might guess, claiming the real key's id.</summary>
    public static SigningCredentials GuessedSecret(string keyId) =>
        new(new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes("ruleoflaw-api-ruleoflaw-api-secret!")) { KeyId = keyId }, SecurityAlgorithms.HmacSha256);

    /// <summary>The same token with its header saying <c>alg: none</c> and no signature, the forgery every validator must refuse.</summary>
    public static string WithoutSignature(string token)
    {
        var parts = token.Split('.');
        var header = JsonNode.Parse(Base64UrlEncoder.Decode(parts[0]))!.AsObject();
        header["alg"] = "none";
        return $"{Base64UrlEncoder.Encode(header.ToJsonString())}.{parts[1]}.";
    }

    /// <summary>Sends every request of <paramref name="client"/> as a signed-in citizen called <paramref name="name"/>.</summary>
    public static HttpClient ActingAsCitizen(this HttpClient client, string name)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", Create(null, [Roles.Citizen], DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30), name: name));
        return client;
    }

    /// <summary>Sends every request of <paramref name="client"/> with a token for <paramref name="unitId"/>.</summary>
    public static HttpClient ActingFor(this HttpClient client, string? unitId, params string[] roles)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", For(unitId, roles.Length == 0 ? AllStaffRoles : roles));
        return client;
    }
}
