using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>ENF-1: enforcing units, their powers and bases, public and versioned; bases citing documents out of force are flagged.</summary>
public sealed class RegistryTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    [Fact]
    public async Task ENF_1_units_powers_and_their_bases_are_public_and_versioned_with_effective_dates()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync(benchmark: false);
        var revised = await EnforcementApi.OkAsync<PowerResponse>(await api.Registry.PostAsJsonAsync($"/api/enforcement/powers/{api.Power.Id}/versions",
            new PowerBasisRequest("对未按规定查验进货凭证的处罚（修订）", api.Today.AddDays(30), "《中华人民共和国食品安全法》第一百二十六条第一款", null, null, "法律修正")));
        Assert.Equal(2, revised.Versions.Count);

        var now = await api.Public.GetFromJsonAsync<EnforcingUnitDetail>($"/api/enforcement/units/{api.UnitId}", EnforcementApi.Json);
        Assert.Equal(1, Assert.Single(now!.Powers).InEffect!.Number);
        var later = await api.Public.GetFromJsonAsync<EnforcingUnitDetail>($"/api/enforcement/units/{api.UnitId}?on={api.Today.AddDays(30):yyyy-MM-dd}", EnforcementApi.Json);
        Assert.Equal("《中华人民共和国食品安全法》第一百二十六条第一款", Assert.Single(later!.Powers).InEffect!.LawBasis);

        var backdated = await api.Registry.PostAsJsonAsync($"/api/enforcement/powers/{api.Power.Id}/versions",
            new PowerBasisRequest("倒签", api.Today.AddDays(10), "《食品安全法》", null, null, "倒签"));
        await Problems.AssertRefusedAsync(backdated, "ENF-1");
        var anonymousWrite = await api.Public.PostAsJsonAsync("/api/enforcement/units", new RegisterEnforcingUnitRequest("x-unit", "某局"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousWrite.StatusCode);
    }

    [Fact]
    public async Task ENF_1_a_case_is_opened_only_under_a_power_of_its_unit_in_effect_that_day()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync(benchmark: false);
        await Problems.AssertRefusedAsync(await api.TryOpenAsync(api.Today.AddYears(-2).AddDays(1), api.Today.AddYears(-2)), "ENF-1");

        using var other = new EnforcementApi(service);
        await other.SetUpUnitAsync(benchmark: false);
        await Problems.AssertRefusedAsync(await api.TryOpenAsync(api.Today, powerId: other.Power.Id), "ENF-1");
    }

    [Fact]
    public async Task ENF_1_a_document_leaving_force_flags_the_bases_citing_it_and_the_open_cases_relying_on_them()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var number = $"南测规〔2026〕{Random.Shared.Next(1000, 9999)}号";
        var power = await api.RegisterPowerAsync(api.UnitId, "D" + api.UnitId[^8..], documentNumber: number);
        await api.PublishBenchmarkAsync(power.Id);
        var open = await api.OpenAsync(api.Today.AddDays(-5), powerId: power.Id);
        var closedCase = await api.NotifiedCaseAsync(powerId: power.Id);
        await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(closedCase.Id, api.Today));
        await api.StepAsync(closedCase.Id, "service", new ServeDecisionRequest(api.Today, "直接送达"));
        await api.StepAsync(closedCase.Id, "execution", new StepRequest(api.Today, null));
        await api.StepAsync(closedCase.Id, "closure", new StepRequest(api.Today, null));

        var bus = service.Services.EventBus();
        await bus.Publish(new DocumentLeftForce { OccurredAt = DateTimeOffset.UtcNow, UnitId = "district-government", RecordId = Guid.NewGuid(), Number = number, Since = api.Today, Reason = "Revoked" });

        var flagged = await Eventually.Until(
            () => api.Public.GetFromJsonAsync<PowerResponse>($"/api/enforcement/powers/{power.Id}", EnforcementApi.Json),
            p => p!.BasisFlag is not null,
            "the basis is flagged");
        Assert.Contains(number, flagged!.BasisFlag, StringComparison.Ordinal);
        Assert.Contains(number, (await api.GetCaseAsync(open.Id)).BasisFlag, StringComparison.Ordinal);
        Assert.Null((await api.GetCaseAsync(closedCase.Id)).BasisFlag);
        Assert.Null((await api.Public.GetFromJsonAsync<PowerResponse>($"/api/enforcement/powers/{api.Power.Id}", EnforcementApi.Json))!.BasisFlag);
        var known = await api.Public.GetFromJsonAsync<KnownDocumentResponse>($"/api/enforcement/documents/{Uri.EscapeDataString(number)}", EnforcementApi.Json);
        Assert.Equal(DocumentStanding.LeftForce, known!.Standing);

        // A case opened later under the flagged power is flagged from the start.
        Assert.NotNull((await api.OpenAsync(api.Today, powerId: power.Id)).BasisFlag);
    }

    [Fact]
    public async Task ENF_1_a_suspended_clause_flags_the_bases_citing_that_clause_only()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync(benchmark: false);
        var number = $"南测规〔2026〕{Random.Shared.Next(1000, 9999)}号";
        var fifth = await api.RegisterPowerAsync(api.UnitId, "F" + api.UnitId[^8..], documentNumber: number, clause: "第五条");
        var sixth = await api.RegisterPowerAsync(api.UnitId, "S" + api.UnitId[^8..], documentNumber: number, clause: "第六条");

        var bus = service.Services.EventBus();
        await bus.Publish(new DocumentClauseSuspended { OccurredAt = DateTimeOffset.UtcNow, UnitId = "district-government", RecordId = Guid.NewGuid(), Number = number, Clause = "第五条", Reason = "附带审查认定违法" });

        await Eventually.Until(
            () => api.Public.GetFromJsonAsync<PowerResponse>($"/api/enforcement/powers/{fifth.Id}", EnforcementApi.Json),
            p => p!.BasisFlag is not null,
            "the basis citing the suspended clause is flagged");
        Assert.Null((await api.Public.GetFromJsonAsync<PowerResponse>($"/api/enforcement/powers/{sixth.Id}", EnforcementApi.Json))!.BasisFlag);

        // A new power citing a document known to be out of force is flagged as it is registered.
        var later = await api.RegisterPowerAsync(api.UnitId, "L" + api.UnitId[^8..], documentNumber: number, clause: "第五条");
        Assert.NotNull(later.BasisFlag);
    }
}
