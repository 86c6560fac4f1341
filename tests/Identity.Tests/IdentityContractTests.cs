using System.Net.Http.Headers;
using System.Text.Json;
using RuleOfLaw.Identity.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Identity.Tests;

public sealed class IdentityContractTests(IdentityServiceFactory service)
    : ServiceContractTests<IdentityDbContext>(service), IClassFixture<IdentityServiceFactory>
{
    /// <summary>The administration API takes this server's own tokens: the demo administrator's.</summary>
    protected override async Task<HttpClient> CreateWriterAsync()
    {
        using var tokens = service.CreateTokenClient();
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await tokens.SignInAsync("admin")).AccessToken);
        return client;
    }

    [Fact]
    public async Task Everyone_the_administration_API_is_documented_as_for_administrators_only()
    {
        using var client = service.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var administration = document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(path => !path.Name.Contains("/calendar/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name.ToUpperInvariant()} {path.Name}", Operation: op.Value)))
            .ToList();
        Assert.NotEmpty(administration);
        Assert.All(administration, op =>
        {
            Assert.Equal(["admin"], op.Operation.GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()));
            Assert.Equal("any-unit", op.Operation.GetProperty("x-unit-scope").GetString());
            Assert.True(op.Operation.GetProperty("security").EnumerateArray().Single().TryGetProperty("bearer", out _), $"{op.Name} does not require a token");
        });
    }
}
