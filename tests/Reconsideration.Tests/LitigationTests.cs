using System.Net;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>REC-10: court cases against the district's units, through the HTTP API.</summary>
public sealed class LitigationTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly RemedyApi _api = new(service);

    private RegisterCourtCaseRequest Complaint(string number, int servedDaysAgo = 3) =>
        new(_api.UnitId, "南城区人民法院", number, "某餐饮管理有限公司", "南市监罚〔2026〕12号行政处罚决定", _api.Today.AddDays(-servedDaysAgo));

    [Fact]
    public async Task REC_10_a_court_case_is_defended_within_15_days_heard_with_the_heads_appearance_and_a_lost_judgment_is_reported()
    {
        var complaint = Complaint("（2026）桂0108行初" + Guid.NewGuid().ToString("N")[..6] + "号");
        var key = Guid.NewGuid().ToString();
        var first = await _api.PostAsync("court-cases", complaint, key: key);
        var registered = await ReconsiderationApi.CreatedAsync<CourtCaseResponse>(first);
        IdempotentRequests.AssertRetryReplayed(first, await _api.PostAsync("court-cases", complaint, key: key));
        await Problems.AssertRefusedAsync(await _api.PostAsync("court-cases", complaint), "REC-10");
        Assert.Equal(CourtCaseStatus.Registered, registered.Status);
        Assert.Equal(ReconsiderationApi.DaysAfter(complaint.ServedOn, 15), registered.DefenceDueOn);
        Assert.Contains(registered.Deadlines, d => d.Kind == RemedyClocks.Defence && d.RuleId == "REC-10" && d.DueDate == registered.DefenceDueOn);

        var path = $"court-cases/{registered.Id}";
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/defence", new ReasonedStepRequest(complaint.ServedOn.AddDays(-1), "答辩状")), "REC-10");
        var defended = await _api.StepAsync<CourtCaseResponse>($"{path}/defence", new ReasonedStepRequest(_api.Today, "提交答辩状及证据、依据"));
        Assert.Equal((CourtCaseStatus.Defended, _api.Today), (defended.Status, defended.DefenceFiledOn));
        Assert.Equal(BuildingBlocks.Clocks.ClockStatus.Stopped, Assert.Single(defended.Deadlines).Status);

        await Problems.AssertFieldErrorsAsync(await _api.PostAsync($"{path}/hearings", new RecordCourtHearingRequest(_api.Today.AddDays(1), true, "局长张某", null)), "heldOn");
        await _api.StepAsync<CourtCaseResponse>($"{path}/hearings", new RecordCourtHearingRequest(_api.Today, true, "局长张某", "负责人出庭"));
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/hearings", new RecordCourtHearingRequest(_api.Today.AddDays(-1), false, "法制科李某", null)), "REC-10");
        var heard = await _api.StepAsync<CourtCaseResponse>($"{path}/hearings", new RecordCourtHearingRequest(_api.Today, false, "法制科李某（委托代理人）", null));
        Assert.Equal([true, false], heard.Hearings.Select(h => h.HeadAppeared));

        await Problems.AssertFieldErrorsAsync(await _api.PostAsync($"{path}/judgment", new RecordJudgmentRequest(_api.Today, (Judgment)99, "判决")), "judgment");
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/judgment", new RecordJudgmentRequest(_api.Today.AddDays(-1), Judgment.Revoked, "撤销")), "REC-10");
        var judged = await _api.StepAsync<CourtCaseResponse>($"{path}/judgment", new RecordJudgmentRequest(_api.Today, Judgment.Revoked, "被诉处罚决定主要证据不足，判决撤销。"));
        Assert.Equal((CourtCaseStatus.Judged, Judgment.Revoked, true), (judged.Status, judged.Judgment, judged.Lost));
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/hearings", new RecordCourtHearingRequest(_api.Today, true, "局长张某", null)), "REC-10");

        var events = await _api.EventsAsync(registered.Id);
        Assert.Equal(["CourtCaseRegistered", "CourtHearingRecorded", "CourtHearingRecorded", "CourtCaseJudged", "RemedyCaseFlagged"], events);
        var history = await _api.GetAsync<List<HistoryItem>>($"{path}/history");
        Assert.Equal(["Registered", "Defended", "Defended", "Defended", "Judged"], history.Select(h => h.To));
    }

    [Fact]
    public async Task REC_10_the_unit_sued_reads_its_own_cases_only_and_only_the_organ_writes()
    {
        var registered = await _api.CreateAsync<CourtCaseResponse>("court-cases", Complaint("（2026）桂0108行初" + Guid.NewGuid().ToString("N")[..6] + "号"));
        var path = $"court-cases/{registered.Id}";
        Assert.Equal(registered.Id, (await _api.GetAsync<CourtCaseResponse>(path, _api.UnitStaff)).Id);
        var own = await _api.GetAsync<Page<CourtCaseResponse>>("court-cases?pageSize=100", _api.UnitStaff);
        Assert.Equal([registered.Id], own.Items.Select(c => c.Id));
        Assert.Equal(HttpStatusCode.OK, (await _api.UnitStaff.GetAsync($"/api/reconsideration/{path}/history")).StatusCode);

        using var other = service.CreateClientFor("unit-other", BuildingBlocks.Access.Roles.UnitStaff);
        using var citizen = service.CreateClient().ActingAsCitizen("原告");
        using var anonymous = service.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/reconsideration/{path}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/reconsideration/{path}/history")).StatusCode);
        Assert.Empty((await _api.GetAsync<Page<CourtCaseResponse>>("court-cases", other)).Items);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/reconsideration/{path}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.PostAsync($"{path}/defence", new ReasonedStepRequest(_api.Today, "答辩"), _api.UnitStaff)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.PostAsync("court-cases", Complaint("（2026）桂0108行初1号"), _api.UnitStaff)).StatusCode);
        await Problems.AssertFieldErrorsAsync(await _api.PostAsync("court-cases", Complaint("") with { ServedOn = _api.Today.AddDays(1) }), "courtCaseNumber", "servedOn");
    }

    public void Dispose() => _api.Dispose();
}

/// <summary>REC-10's clock fires with no one acting: time moves, the sweeper flags the missing defence.</summary>
public sealed class LitigationClockTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly RemedyApi _api = new(service);

    [Fact]
    public async Task REC_10_a_defence_not_filed_within_15_days_of_service_is_flagged_overdue()
    {
        var registered = await _api.CreateAsync<CourtCaseResponse>("court-cases",
            new RegisterCourtCaseRequest(_api.UnitId, "南城区人民法院", "（2026）桂0108行初77号", "王某", "南城管强拆决定", _api.Today));
        service.Advance(18);
        var overdue = await Eventually.Until(() => _api.GetAsync<CourtCaseResponse>($"court-cases/{registered.Id}"), c => c.DefenceOverdue, "the defence clock ran out");
        Assert.Equal(BuildingBlocks.Clocks.ClockStatus.Elapsed, Assert.Single(overdue.Deadlines).Status);
        Assert.Contains("RemedyCaseFlagged", await _api.EventsAsync(registered.Id));
    }

    public void Dispose() => _api.Dispose();
}
