using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>ENF-8: competence disputes between units are registered and resolved by the legal office.</summary>
public sealed class DisputeTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    [Fact]
    public async Task ENF_8_a_competence_dispute_is_registered_by_a_unit_and_resolved_by_the_legal_office()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync(benchmark: false);
        await Problems.AssertRefusedAsync(await api.Unit.PostAsJsonAsync("/api/enforcement/disputes", new RegisterDisputeRequest(api.UnitId, api.UnitId, "自己与自己", api.Today)), "ENF-8");
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Unit.PostAsJsonAsync("/api/enforcement/disputes", new RegisterDisputeRequest("someone-else", api.UnitId, "冒名", api.Today))).StatusCode);
        var dispute = await EnforcementApi.CreatedAsync<DisputeResponse>(await api.Unit.PostAsJsonAsync("/api/enforcement/disputes",
            new RegisterDisputeRequest(api.UnitId, "district-urban-management", "流动摊贩销售食品由谁查处", api.Today)));

        var resolution = new ResolveDisputeRequest("district-urban-management", "占道经营由城管查处", api.Today);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Unit.PostAsJsonAsync($"/api/enforcement/disputes/{dispute.Id}/resolution", resolution)).StatusCode);
        await Problems.AssertRefusedAsync(await api.Registry.PostAsJsonAsync($"/api/enforcement/disputes/{dispute.Id}/resolution", resolution with { CompetentUnitId = "third-unit" }), "ENF-8");
        var resolved = await EnforcementApi.OkAsync<DisputeResponse>(await api.Registry.PostAsJsonAsync($"/api/enforcement/disputes/{dispute.Id}/resolution", resolution));
        Assert.Equal((DisputeStatus.Resolved, "district-urban-management"), (resolved.Status, resolved.CompetentUnitId));
        await Problems.AssertRefusedAsync(await api.Registry.PostAsJsonAsync($"/api/enforcement/disputes/{dispute.Id}/resolution", resolution), "ENF-8");
        var listed = await api.Public.GetFromJsonAsync<List<DisputeResponse>>($"/api/enforcement/disputes?unitId={api.UnitId}", EnforcementApi.Json);
        Assert.Equal(dispute.Id, Assert.Single(listed!).Id);
    }
}
