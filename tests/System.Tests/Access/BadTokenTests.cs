using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Testing;
using Xunit.Abstractions;

namespace RuleOfLaw.SystemTests.Access;

/// <summary>A service called directly refuses every token the gateway would refuse.</summary>
public sealed class BadTokenTests(DecisionsHost decisions, ITestOutputHelper output) : IClassFixture<DecisionsHost>
{
    [Fact]
    public async Task A_service_called_directly_refuses_every_bad_token_and_accepts_a_good_one()
    {
        var unit = Units.New();
        var now = DateTime.UtcNow;
        string[] roles = [Roles.UnitStaff];
        var cases = new (string Case, string? Token)[]
        {
            ("no token", null),
            ("alg none", TestTokens.WithoutSignature(TestTokens.For(unit, roles))),
            ("wrong signing key", TestTokens.Create(unit, roles, now.AddMinutes(-1), now.AddMinutes(30), credentials: new(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key" }, SecurityAlgorithms.RsaSha256))),
            ("expired", TestTokens.Create(unit, roles, now.AddHours(-2), now.AddHours(-1))),
            ("not yet valid", TestTokens.Create(unit, roles, now.AddHours(1), now.AddHours(2))),
            ("wrong issuer", TestTokens.Create(unit, roles, now.AddMinutes(-1), now.AddMinutes(30), issuer: "https://elsewhere.example/")),
            ("wrong audience", TestTokens.Create(unit, roles, now.AddMinutes(-1), now.AddMinutes(30), audience: "another-api")),
            ("an ID token", TestTokens.Create(unit, roles, now.AddMinutes(-1), now.AddMinutes(30), audience: "ruleoflaw-portal", type: "JWT")),
            ("HS256 with a guessed secret", TestTokens.Create(unit, roles, now.AddMinutes(-1), now.AddMinutes(30), credentials: TestTokens.GuessedSecret("test-key"))),
        };

        var refused = 0;
        foreach (var (name, token) in cases)
        {
            var status = await CreateCatalogueAsync(unit, token);
            Assert.True(status == HttpStatusCode.Unauthorized, $"{name}: {(int)status}");
            refused++;
        }

        var line = $"Bad-token matrix (decisions, called directly): {refused} of {cases.Length} refused with 401";
        output.WriteLine(line);
        TestReport.Write(line);
        Assert.Equal(HttpStatusCode.Created, await CreateCatalogueAsync(unit, TestTokens.For(unit, roles)));
    }

    private async Task<HttpStatusCode> CreateCatalogueAsync(string unit, string? token)
    {
        using var client = decisions.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return (await client.PostAsJsonAsync("/api/decisions/catalogues", new { unitId = unit, year = DateTime.UtcNow.Year })).StatusCode;
    }
}
