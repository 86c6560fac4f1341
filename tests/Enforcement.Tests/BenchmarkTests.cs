using System.Net.Http.Json;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>ENF-5 (discretion benchmarks published before use, ranges enforced) and ENF-6 (same case, same treatment).</summary>
public sealed class BenchmarkTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    [Fact]
    public async Task ENF_5_a_decision_needs_a_benchmark_published_and_in_effect_on_its_day()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync(benchmark: false);
        var notified = await api.NotifiedCaseAsync();
        await Problems.AssertRefusedAsync(await api.TryDecideAsync(notified.Id, api.Today), "ENF-5");

        var draft = await EnforcementApi.CreatedAsync<BenchmarkResponse>(await api.Unit.PostAsJsonAsync("/api/enforcement/benchmarks", new DraftBenchmarkRequest(api.Power.Id, "裁量基准",
            [new(Circumstance.Ordinary, 5000, 20000, "一般情形")])));
        await Problems.AssertRefusedAsync(await api.TryDecideAsync(notified.Id, api.Today), "ENF-5");
        Assert.DoesNotContain(await api.Public.GetFromJsonAsync<List<BenchmarkResponse>>($"/api/enforcement/benchmarks?unitId={api.UnitId}", EnforcementApi.Json) ?? [], b => b.Id == draft.Id);

        await Problems.AssertRefusedAsync(await api.Unit.PostAsJsonAsync($"/api/enforcement/benchmarks/{draft.Id}/publish", new PublishBenchmarkRequest(api.Today.AddDays(-1))), "ENF-5");
        await EnforcementApi.OkAsync<BenchmarkResponse>(await api.Unit.PostAsJsonAsync($"/api/enforcement/benchmarks/{draft.Id}/publish", new PublishBenchmarkRequest(api.Today)));
        // Published today: a decision dated yesterday could not have used it.
        await Problems.AssertRefusedAsync(await api.TryDecideAsync(notified.Id, api.Today.AddDays(-1)), "ENF-5");
        Assert.Equal(CaseStatus.Decided, (await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(notified.Id, api.Today))).Status);
        Assert.Contains(await api.Public.GetFromJsonAsync<List<BenchmarkResponse>>($"/api/enforcement/benchmarks?unitId={api.UnitId}", EnforcementApi.Json) ?? [], b => b.Id == draft.Id);
    }

    [Fact]
    public async Task ENF_5_a_decision_outside_the_range_is_refused_unless_overridden_with_a_reason_and_is_then_flagged()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var notified = await api.NotifiedCaseAsync(proposed: 30000);
        var detail = await Problems.AssertRefusedAsync(await api.TryDecideAsync(notified.Id, api.Today, 25000, Circumstance.Ordinary), "ENF-5");
        Assert.Contains("20000", detail, StringComparison.Ordinal);

        var overridden = await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(notified.Id, api.Today, 25000, Circumstance.Ordinary, "违法所得数额较大，按一般情形上限仍明显偏轻"));
        Assert.True(overridden.OutsideBenchmark);
        Assert.Equal("违法所得数额较大，按一般情形上限仍明显偏轻", overridden.OverrideReason);
        var flagged = await api.Unit.GetFromJsonAsync<BuildingBlocks.Hosting.Page<CaseResponse>>("/api/enforcement/cases?flagged=true", EnforcementApi.Json);
        Assert.Contains(flagged!.Items, c => c.Id == notified.Id);
    }

    [Fact]
    public async Task ENF_6_the_spread_of_decided_penalties_per_item_and_circumstance_shows_the_outliers()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var ids = new List<Guid>();
        foreach (var amount in new decimal[] { 6000, 7000, 8000, 9000, 19000 })
        {
            var notified = await api.NotifiedCaseAsync(proposed: amount);
            await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(notified.Id, api.Today, amount));
            ids.Add(notified.Id);
        }

        var spread = await api.Public.GetFromJsonAsync<List<PenaltySpreadItem>>($"/api/enforcement/penalty-spread?powerCode={api.Power.Code}", EnforcementApi.Json);
        var ordinary = Assert.Single(spread!);
        Assert.Equal((Circumstance.Ordinary, 5, 6000m, 8000m, 19000m), (ordinary.Circumstance, ordinary.Count, ordinary.Min, ordinary.Median, ordinary.Max));
        Assert.Equal(ids[4], Assert.Single(ordinary.Outliers).CaseId);
    }
}
