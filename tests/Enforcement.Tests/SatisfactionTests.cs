using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>ENF-10: statistics per unit and item, and the party's rating of a closed case, published per unit.</summary>
public sealed class SatisfactionTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    [Fact]
    public async Task ENF_10_the_party_of_a_closed_case_rates_it_once_and_results_per_unit_are_public()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        using var party = service.CreateClient().ActingAsCitizen("钱某");
        var open = await api.NotifiedCaseAsync(partyAccount: "test-钱某");
        await Problems.AssertRefusedAsync(await party.PostAsJsonAsync($"/api/enforcement/cases/{open.Id}/rating", new RateCaseRequest(5, null)), "ENF-10");

        var closed = await api.ClosedCaseAsync(8000, partyAccount: "test-钱某");
        using var stranger = service.CreateClient().ActingAsCitizen("孙某");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/enforcement/cases/{closed.Id}/rating", new RateCaseRequest(1, "差"))).StatusCode);
        await Problems.AssertFieldErrorsAsync(await party.PostAsJsonAsync($"/api/enforcement/cases/{closed.Id}/rating", new RateCaseRequest(6, null)), "score");
        var rated = await EnforcementApi.OkAsync<CaseResponse>(await party.PostAsJsonAsync($"/api/enforcement/cases/{closed.Id}/rating", new RateCaseRequest(4, "文明执法")));
        Assert.Equal(4, rated.SatisfactionScore);
        await Problems.AssertRefusedAsync(await party.PostAsJsonAsync($"/api/enforcement/cases/{closed.Id}/rating", new RateCaseRequest(5, null)), "ENF-10");

        var statistics = await api.Public.GetFromJsonAsync<List<UnitStatistics>>($"/api/enforcement/statistics?unitId={api.UnitId}", EnforcementApi.Json);
        var unit = Assert.Single(statistics!);
        Assert.Equal((2, 1, 8000m, 1, 4.0m), (unit.Opened, unit.Decided, unit.FinesTotal, unit.Ratings, unit.AverageSatisfaction));
        Assert.Equal(api.Power.Code, Assert.Single(unit.Items).PowerCode);
    }
}
