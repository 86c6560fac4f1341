using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>ENF-4 (处罚法 Art 60): the head's one extension of a complex case's 90-day decision period, on a clock of its own.</summary>
public sealed class DecisionExtensionTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    [Fact]
    public async Task ENF_4_the_head_extends_a_complex_cases_decision_period_once_with_a_reason_and_the_overdue_mark_follows_the_new_day()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var today = api.Today;
        var plain = await api.OpenAsync(today.AddDays(-80));
        var complex = await api.OpenAsync(today.AddDays(-80), complex: true);
        var extension = new ExtendDecisionPeriodRequest(today, today.AddDays(40), "案情复杂，需委托检验机构检验涉案冻品");

        using var officer = service.CreateClientFor(api.UnitId, Roles.EnforcementOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/enforcement/cases/{complex.Id}/decision-extension", extension)).StatusCode);
        await Problems.AssertRefusedAsync(await api.PostAsync(plain.Id, "decision-extension", extension), "ENF-4");
        await Problems.AssertRefusedAsync(await api.PostAsync(complex.Id, "decision-extension", extension with { ExtendedTo = today.AddDays(41) }), "ENF-4");
        await Problems.AssertFieldErrorsAsync(await api.PostAsync(complex.Id, "decision-extension", extension with { ApprovedOn = today.AddDays(1) }), "approvedOn");
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync(Guid.CreateVersion7(), "decision-extension", extension)).StatusCode);

        var extended = await api.StepAsync(complex.Id, "decision-extension", extension);
        Assert.Equal(today.AddDays(40), extended.DecisionDueOn);
        Assert.Equal(("测试用户", extension.Reason), (extended.DecisionExtension!.ApprovedBy, extended.DecisionExtension.Reason));
        var detail = await Problems.AssertRefusedAsync(await api.PostAsync(complex.Id, "decision-extension", extension with { ExtendedTo = today.AddDays(30) }), "ENF-4");
        Assert.Contains("不得再次延长", detail, StringComparison.Ordinal);
        var history = await api.Unit.GetFromJsonAsync<List<HistoryItem>>($"/api/enforcement/cases/{complex.Id}/history", EnforcementApi.Json);
        var approval = Assert.Single(history!, h => h.Reason?.Contains("extended", StringComparison.Ordinal) == true);
        Assert.Equal("test-" + api.UnitId, approval.Actor);
        Assert.Contains("测试用户", approval.Reason, StringComparison.Ordinal);
        Assert.Contains(extension.Reason, approval.Reason, StringComparison.Ordinal);

        // Past the 90th day: the plain case is overdue, the extended one is not; past the new day, it is too.
        service.Advance(15);
        await Eventually.Until(() => api.GetCaseAsync(plain.Id), c => c.DecisionOverdue, "the plain case's 90 days ran out");
        Assert.False((await api.GetCaseAsync(complex.Id)).DecisionOverdue);
        var clock = await service.WithDbAsync(db => db.Clocks.AsNoTracking().SingleAsync(c => c.RecordId == complex.Id && c.Kind == CaseClocks.Decision));
        Assert.Equal(ClockStatus.Running, clock.Status);
        Assert.True(clock.DueDate >= today.AddDays(40), $"the clock is due {clock.DueDate}");

        service.Advance(30);
        await Eventually.Until(() => api.GetCaseAsync(complex.Id), c => c.DecisionOverdue, "the extended period ran out");
    }
}
