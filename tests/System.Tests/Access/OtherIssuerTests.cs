using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Decisions;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Access;

/// <summary>Trusting another issuer is configuration: the service fetches its discovery document and keys and accepts its tokens only.</summary>
public sealed class OtherIssuerTests : IAsyncLifetime
{
    private StandInIssuer? _province;
    private ServiceFactory<DecisionsDbContext>? _decisions;

    public async Task InitializeAsync()
    {
        _province = await StandInIssuer.StartAsync();
        _decisions = new ServiceFactory<DecisionsDbContext>(DecisionsService.Names) { TrustTestIssuer = false };
        _decisions.Settings["Authentication:Authority"] = _province.Authority;
        _decisions.Settings["Authentication:RequireHttpsMetadata"] = "false";
        await _decisions.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_decisions is not null)
        {
            await _decisions.DisposeAsync();
        }

        if (_province is not null)
        {
            await _province.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_service_configured_for_another_issuer_accepts_its_tokens_and_no_others()
    {
        var unit = Units.New();
        Assert.Equal(HttpStatusCode.Created, await CreateCatalogueAsync(unit, _province!.TokenFor(unit, Roles.UnitStaff)));
        Assert.Equal(HttpStatusCode.Unauthorized, await CreateCatalogueAsync(unit, TestTokens.For(unit, Roles.UnitStaff)));
    }

    private async Task<HttpStatusCode> CreateCatalogueAsync(string unit, string token)
    {
        using var client = _decisions!.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.PostAsJsonAsync("/api/decisions/catalogues", new { unitId = unit, year = DateTime.UtcNow.Year })).StatusCode;
    }
}
