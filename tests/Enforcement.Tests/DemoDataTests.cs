using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Enforcement.Data;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

public sealed class DemoDataTests
{
    [Theory]
    [MemberData(nameof(DemoData.Clocks), MemberType = typeof(DemoData))]
    public async Task Everyone_demo_enforcement_shows_units_officers_and_cases_at_every_step_on_any_day(string clock)
    {
        await using var service = await DemoData.StartAsync<EnforcementDbContext>(EnforcementService.Names, clock);
        var now = service.Time!.GetUtcNow();
        using var client = service.CreateAnonymousClient();

        Assert.Equal(3, (await client.GetFromJsonAsync<List<EnforcingUnitResponse>>("/api/enforcement/units", EnforcementApi.Json))!.Count);
        var officers = await client.GetFromJsonAsync<Page<OfficerResponse>>("/api/enforcement/officers?pageSize=100", EnforcementApi.Json);
        Assert.Equal(9, officers!.Total);
        Assert.All(officers.Items, o => Assert.True(o.CertifiedToday));
        Assert.Equal(5, (await client.GetFromJsonAsync<List<BenchmarkResponse>>("/api/enforcement/benchmarks", EnforcementApi.Json))!.Count);

        // ENF-10: the public statistics count the demo's licence decisions of the last two months beside its penalties.
        var today = BuildingBlocks.Clocks.StatutoryTime.Today(service.Time);
        var statistics = await client.GetFromJsonAsync<List<UnitStatistics>>(
            $"/api/enforcement/statistics?from={today.AddDays(-90):yyyy-MM-dd}&to={today:yyyy-MM-dd}&unitId=district-market-regulation", EnforcementApi.Json);
        Assert.Equal(new LicenceTally(3, 1, 1, 1), Assert.Single(statistics!).Licences);

        var cases = await service.WithDbAsync(db => db.Cases.AsNoTracking().ToListAsync());
        Assert.Equal(
            [CaseStatus.Opened, CaseStatus.Investigating, CaseStatus.Notified, CaseStatus.Served, CaseStatus.Executed, CaseStatus.Closed, CaseStatus.Archived],
            cases.Select(c => c.Status).Distinct().Order());
        var history = await service.WithDbAsync(db => db.History.AsNoTracking().ToListAsync());
        Assert.All(history, h => Assert.True(h.At <= now, $"{h.RecordType} {h.To} recorded at {h.At}, after the clock"));
        Assert.All(cases, c => Assert.True(CaseFileChain.Verify(
            c.FileChain, c.Evidence, [.. history.Where(h => h.RecordId == c.Id).OrderBy(h => h.Id).Select(h => (h.From, h.To, h.Reason))]).Intact, c.Number));
        var running = await service.WithDbAsync(db => db.Clocks.AsNoTracking().Where(k => k.Status == BuildingBlocks.Clocks.ClockStatus.Running).ToListAsync());
        Assert.All(running, k => Assert.True(k.DueDate >= BuildingBlocks.Clocks.StatutoryTime.Today(service.Time), $"{k.Kind} due {k.DueDate}"));

        // The market regulation officers' work list: their unit's open cases, the one awaiting its decision with its clock.
        using var officer = service.CreateClientFor("district-market-regulation", BuildingBlocks.Access.Roles.EnforcementOfficer);
        var work = (await officer.GetFromJsonAsync<Page<CaseInProgress>>("/api/enforcement/cases/in-progress", EnforcementApi.Json))!.Items;
        Assert.Equal(
            cases.Where(c => c.UnitId == "district-market-regulation" && c.Status is not (CaseStatus.Closed or CaseStatus.Archived)).Select(c => c.Id).Order(),
            work.Select(c => c.Id).Order());
        Assert.Equal(BuildingBlocks.Clocks.ClockStatus.Running, Assert.Single(Assert.Single(work, c => c.Status == CaseStatus.Notified).Deadlines).Status);
    }
}
