using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>The officers' work list: each open case of their unit with the ENF-4 clocks that still count on it.</summary>
public sealed class CaseWorkListTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    private const string WorkList = "/api/enforcement/cases/in-progress?pageSize=100";

    [Fact]
    public async Task ENF_4_the_work_list_shows_the_units_open_cases_with_their_decision_and_service_clocks_the_soonest_first()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var today = api.Today;
        var recent = await api.OpenAsync(today.AddDays(-5));
        var old = await api.OpenAsync(today.AddDays(-85));
        var decided = await api.NotifiedCaseAsync();
        await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(decided.Id, today));
        var closed = await api.ClosedCaseAsync();

        using var other = new EnforcementApi(service);
        await other.SetUpUnitAsync();
        var elsewhere = await other.OpenAsync(today.AddDays(-1));

        // The 90-day decision clock of the old case runs out first, then the 7-day service of the decided one (a
        // period ending on a rest day runs to the next working day, as the clock itself says).
        var work = await WorkAsync(api.Unit);
        Assert.Equal([old.Id, decided.Id, recent.Id], work.Select(c => c.Id));
        Assert.Equal(
            [(CaseClocks.Decision, "ENF-4", await DueDateAsync(old.Id, CaseClocks.Decision), ClockStatus.Running)],
            work[0].Deadlines.Select(d => (d.Kind, d.RuleId, d.DueDate, d.Status)));
        Assert.Equal(
            [(CaseClocks.Service, "ENF-4", await DueDateAsync(decided.Id, CaseClocks.Service), ClockStatus.Running)],
            work[1].Deadlines.Select(d => (d.Kind, d.RuleId, d.DueDate, d.Status)));
        Assert.InRange(work[0].Deadlines[0].DueDate, today.AddDays(5), today.AddDays(7));
        Assert.Equal(work[0].Deadlines[0].DueDate, (await api.GetCaseAsync(old.Id)).DecisionDueOn); // the case names its clock's day
        Assert.InRange(work[1].Deadlines[0].DueDate, today.AddDays(7), today.AddDays(9));
        Assert.Equal(CaseStatus.Decided, work[1].Status);
        Assert.DoesNotContain(work, c => c.Id == closed.Id || c.Id == elsewhere.Id);

        // The legal office supervises every unit's cases; the public and citizens have no work list.
        using var legalOffice = service.CreateClientFor("district-legal-office", Roles.LegalOffice);
        var supervised = await WorkAsync(legalOffice);
        Assert.Contains(supervised, c => c.Id == elsewhere.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Public.GetAsync(WorkList)).StatusCode);
        using var citizen = service.CreateClientFor(null, Roles.Citizen);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync(WorkList)).StatusCode);

        // Past its 90th day the old case stays on the list, its decision clock elapsed (red in the console).
        service.Advance(8);
        var overdue = await Eventually.Until(
            async () => (await WorkAsync(api.Unit)).Single(c => c.Id == old.Id),
            c => c.Deadlines.Single().Status == ClockStatus.Elapsed,
            "the old case's decision clock elapsed");
        Assert.Equal(await DueDateAsync(old.Id, CaseClocks.Decision), overdue.Deadlines.Single().DueDate);
    }

    private Task<DateOnly> DueDateAsync(Guid caseId, string kind) =>
        service.WithDbAsync(db => db.Clocks.AsNoTracking().Where(k => k.RecordId == caseId && k.Kind == kind).Select(k => k.DueDate).SingleAsync());

    private static async Task<IReadOnlyList<CaseInProgress>> WorkAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<Page<CaseInProgress>>(WorkList, EnforcementApi.Json))!.Items;
}
