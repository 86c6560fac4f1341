using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>ENF-10: the licence decision register (staff-only) and its counts in the public statistics.</summary>
public sealed class LicenceTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    private const string Applicant = "南城区某烘焙坊";

    private static RecordLicenceDecisionRequest Decision(EnforcementApi api, Guid powerId, LicenceOutcome outcome, string? reasons = null, int received = -20, int decided = -5) =>
        new(api.UnitId, powerId, Applicant, PartyKind.Organisation, api.Today.AddDays(received), api.Today.AddDays(decided), outcome, reasons);

    [Fact]
    public async Task ENF_10_a_unit_records_licence_decisions_under_its_licensing_powers_in_date_order_once_per_request()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync(benchmark: false);
        var licensing = await api.RegisterPowerAsync(api.UnitId, "L" + api.UnitId[^8..], PowerKind.Licence);

        var first = await api.Unit.PostAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.Granted), "licence-1", EnforcementApi.Json);
        var retry = await api.Unit.PostAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.Granted), "licence-1", EnforcementApi.Json);
        IdempotentRequests.AssertRetryReplayed(first, retry);
        var granted = await EnforcementApi.CreatedAsync<LicenceResponse>(first);
        Assert.Equal((LicenceOutcome.Granted, licensing.Code, "《中华人民共和国食品安全法》第一百二十六条"), (granted.Outcome, granted.PowerCode, granted.LegalBasis));

        await Problems.AssertRefusedAsync(await api.Unit.PostAsJsonAsync("/api/enforcement/licences", Decision(api, api.Power.Id, LicenceOutcome.Granted)), "ENF-10");
        await Problems.AssertRefusedAsync(await api.Unit.PostAsJsonAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.Granted, received: -5, decided: -6)), "ENF-10");
        await Problems.AssertRefusedAsync(await api.Unit.PostAsJsonAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.Refused)), "ENF-10");
        await Problems.AssertFieldErrorsAsync(await api.Unit.PostAsJsonAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.Granted, decided: 1)), "decidedOn");
        await Problems.AssertFieldErrorsAsync(await api.Unit.PostAsJsonAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.Granted, received: 1, decided: 0)), "receivedOn");
        Assert.Equal(HttpStatusCode.NotFound, (await api.Unit.PostAsJsonAsync("/api/enforcement/licences", Decision(api, Guid.CreateVersion7(), LicenceOutcome.Granted))).StatusCode);

        await EnforcementApi.CreatedAsync<LicenceResponse>(await api.Unit.PostAsJsonAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.Refused, "不符合食品经营场所条件")));
        await EnforcementApi.CreatedAsync<LicenceResponse>(await api.Unit.PostAsJsonAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.PartlyGranted, "冷食类经营项目不予许可")));
        var register = await api.Unit.GetFromJsonAsync<BuildingBlocks.Hosting.Page<LicenceResponse>>("/api/enforcement/licences", EnforcementApi.Json);
        Assert.Equal(3, register!.Total);
    }

    [Fact]
    public async Task ENF_10_the_register_is_staff_only_and_the_public_reads_licences_and_penalties_per_unit_item_and_period_without_names()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var licensing = await api.RegisterPowerAsync(api.UnitId, "L" + api.UnitId[^8..], PowerKind.Licence);
        var granted = await EnforcementApi.CreatedAsync<LicenceResponse>(await api.Unit.PostAsJsonAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.Granted)));
        await EnforcementApi.CreatedAsync<LicenceResponse>(await api.Unit.PostAsJsonAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.Refused, "不符合条件", decided: -1)));
        await EnforcementApi.CreatedAsync<LicenceResponse>(await api.Unit.PostAsJsonAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.Granted, received: -200, decided: -100)));
        await api.ClosedCaseAsync(8000);

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Public.GetAsync($"/api/enforcement/licences/{granted.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Public.PostAsJsonAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.Granted))).StatusCode);
        using var otherUnit = service.CreateClientFor("another-unit", Roles.UnitStaff);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync($"/api/enforcement/licences/{granted.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.PostAsJsonAsync("/api/enforcement/licences", Decision(api, licensing.Id, LicenceOutcome.Granted))).StatusCode);
        Assert.Equal(Applicant, (await api.Unit.GetFromJsonAsync<LicenceResponse>($"/api/enforcement/licences/{granted.Id}", EnforcementApi.Json))!.ApplicantName);

        var from = api.Today.AddDays(-60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var text = await api.Public.GetStringAsync($"/api/enforcement/statistics?unitId={api.UnitId}&from={from}");
        Assert.DoesNotContain(Applicant, text, StringComparison.Ordinal);
        var unit = Assert.Single(System.Text.Json.JsonSerializer.Deserialize<List<UnitStatistics>>(text, EnforcementApi.Json)!);
        Assert.Equal(new LicenceTally(2, 1, 0, 1), unit.Licences);
        Assert.Equal((1, 8000m), (unit.Decided, unit.FinesTotal));
        Assert.Equal(new LicenceTally(2, 1, 0, 1), unit.Items.Single(i => i.PowerCode == licensing.Code).Licences);
        var penalties = unit.Items.Single(i => i.PowerCode == api.Power.Code);
        Assert.Equal((1, 0), (penalties.Decisions, penalties.Licences.Decided));
    }
}
