using System.Net.Http.Headers;
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
}
