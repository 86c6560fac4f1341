using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.Enforcement.Domain;
using RuleOfLaw.Enforcement.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>ENF-4: the case procedure in order with its clocks; ENF-7: limitation and on-the-spot limits.</summary>
public sealed class CaseProcedureTests(EnforcementServiceFactory service) : IClassFixture<EnforcementServiceFactory>
{
    [Fact]
    public async Task ENF_4_a_case_goes_from_opening_to_the_archive_in_order_and_no_step_is_skipped()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var today = api.Today;
        var opened = await api.OpenAsync(today.AddDays(-40));
        Assert.Equal(CaseStatus.Opened, opened.Status);
        await Problems.AssertRefusedAsync(await api.PostAsync(opened.Id, "notice", new NotifyPartyRequest(today.AddDays(-30), "理由", new Penalty(PenaltyKind.Fine, 8000))), "ENF-4");
        await Problems.AssertRefusedAsync(await api.TryDecideAsync(opened.Id, today), "ENF-4");

        var investigating = await api.EvidenceAsync(opened.Id, today.AddDays(-38));
        Assert.Equal((CaseStatus.Investigating, "Investigating"), (investigating.Status, Assert.Single(investigating.Evidence).Step));
        await Problems.AssertRefusedAsync(await api.PostAsync(opened.Id, "service", new ServeDecisionRequest(today, "直接送达")), "ENF-4");
        // A notice dated before the evidence it rests on is out of order.
        await Problems.AssertRefusedAsync(await api.PostAsync(opened.Id, "notice", new NotifyPartyRequest(today.AddDays(-39), "理由", new Penalty(PenaltyKind.Fine, 8000))), "ENF-4");

        var notified = await api.NoticeAsync(opened.Id, today.AddDays(-30));
        Assert.Equal(CaseStatus.Notified, notified.Status);
        var decided = await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(opened.Id, today));
        Assert.Equal((CaseStatus.Decided, 8000m), (decided.Status, decided.Penalty!.Amount));
        await Problems.AssertRefusedAsync(await api.PostAsync(opened.Id, "closure", new StepRequest(today, null)), "ENF-4");
        await api.StepAsync(opened.Id, "service", new ServeDecisionRequest(today, "直接送达"));
        var evidenceOfService = await api.EvidenceAsync(opened.Id, today, "送达回证.pdf");
        Assert.Equal("Served", evidenceOfService.Evidence[^1].Step);
        await api.StepAsync(opened.Id, "execution", new StepRequest(today, "已缴纳罚款"));
        await api.StepAsync(opened.Id, "closure", new StepRequest(today, null));
        var archived = await api.StepAsync(opened.Id, "archive", new StepRequest(today, null));
        Assert.Equal(CaseStatus.Archived, archived.Status);

        var history = await api.Unit.GetFromJsonAsync<List<HistoryItem>>($"/api/enforcement/cases/{opened.Id}/history", EnforcementApi.Json);
        Assert.Equal(
            ["Opened", "Investigating", "Notified", "Decided", "Served", "Executed", "Closed", "Archived"],
            history!.Where(h => h.From != h.To).Select(h => h.To));
    }

    [Fact]
    public async Task ENF_4_the_decision_waits_for_the_five_day_hearing_window_and_a_late_request_is_refused()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var opened = await api.OpenAsync(api.Today.AddDays(-20));
        await api.EvidenceAsync(opened.Id, api.Today.AddDays(-20));
        await api.NoticeAsync(opened.Id, api.Today.AddDays(-3));
        await Problems.AssertRefusedAsync(await api.TryDecideAsync(opened.Id, api.Today), "ENF-4");

        // A notice whose fifth day after is a working day, so the window ends on that day whatever day the test clock shows.
        var noticeOn = Enumerable.Range(8, 7).Select(d => api.Today.AddDays(-d)).First(d => d.AddDays(5).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        var late = await api.OpenAsync(api.Today.AddDays(-20));
        await api.EvidenceAsync(late.Id, api.Today.AddDays(-20));
        await api.NoticeAsync(late.Id, noticeOn);
        await Problems.AssertRefusedAsync(await api.PostAsync(late.Id, "hearing-request", new RequestHearingRequest(noticeOn.AddDays(6))), "ENF-4");
        var inTime = await api.StepAsync(late.Id, "hearing-request", new RequestHearingRequest(noticeOn.AddDays(5)));
        Assert.Equal(CaseStatus.HearingRequested, inTime.Status);
        await Problems.AssertRefusedAsync(await api.TryDecideAsync(late.Id, api.Today), "ENF-4");
    }

    [Fact]
    public async Task ENF_4_the_hearing_is_noticed_seven_days_ahead_presided_by_a_non_investigator_and_then_legally_reviewed_by_a_qualified_reviewer()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var today = api.Today;
        var notified = await api.NotifiedCaseAsync();
        await api.StepAsync(notified.Id, "hearing-request", new RequestHearingRequest(today.AddDays(-28)));
        var investigator = api.Officers[0].Id;
        var presider = api.Officers[2].Id;
        await Problems.AssertRefusedAsync(await api.PostAsync(notified.Id, "hearing", new ScheduleHearingRequest(today.AddDays(-27), today.AddDays(-21), presider, "听证室")), "ENF-4");
        await Problems.AssertRefusedAsync(await api.PostAsync(notified.Id, "hearing", new ScheduleHearingRequest(today.AddDays(-27), today.AddDays(-20), investigator, "听证室")), "ENF-4");
        var scheduled = await api.StepAsync(notified.Id, "hearing", new ScheduleHearingRequest(today.AddDays(-27), today.AddDays(-20), presider, "听证室"));
        Assert.Equal((CaseStatus.HearingScheduled, presider), (scheduled.Status, scheduled.PresiderId));
        var held = await api.StepAsync(notified.Id, "hearing/record", new StepRequest(today.AddDays(-20), "听证笔录"));
        Assert.True(held.RequiresLegalReview);

        await Problems.AssertRefusedAsync(await api.TryDecideAsync(notified.Id, today, 8000), "ENF-4");
        await Problems.AssertRefusedAsync(await api.PostAsync(notified.Id, "legal-review", new ReviewLegalityRequest(today.AddDays(-10), api.Officers[2].Id, "同意")), "ENF-4");
        var reviewed = await api.StepAsync(notified.Id, "legal-review", new ReviewLegalityRequest(today.AddDays(-10), api.Officers[3].Id, "事实清楚，程序合法"));
        Assert.Equal(CaseStatus.Reviewed, reviewed.Status);
        Assert.Equal(CaseStatus.Decided, (await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(notified.Id, today, 8000))).Status);
    }

    [Fact]
    public async Task ENF_4_the_penalty_is_never_heavier_than_in_the_notice_once_the_party_defended_themselves()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var notified = await api.NotifiedCaseAsync(proposed: 8000);
        await api.StepAsync(notified.Id, "defence", new RecordDefenceRequest(api.Today.AddDays(-29), "首次违法，已整改", WaivesHearing: true));
        var detail = await Problems.AssertRefusedAsync(await api.TryDecideAsync(notified.Id, api.Today, 9000), "ENF-4");
        Assert.Contains("不得重于", detail, StringComparison.Ordinal);
        await Problems.AssertRefusedAsync(await api.TryDecideAsync(notified.Id, api.Today, 8000, kind: PenaltyKind.LicenceSuspension), "ENF-4");
        Assert.Equal(6000m, (await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(notified.Id, api.Today, 6000))).Penalty!.Amount);
    }

    [Fact]
    public async Task ENF_4_a_complex_case_needs_a_legal_review_before_its_decision()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var opened = await api.OpenAsync(api.Today.AddDays(-40), complex: true);
        await api.EvidenceAsync(opened.Id, api.Today.AddDays(-38));
        await api.NoticeAsync(opened.Id, api.Today.AddDays(-30));
        await Problems.AssertRefusedAsync(await api.TryDecideAsync(opened.Id, api.Today), "ENF-4");
        await api.StepAsync(opened.Id, "legal-review", new ReviewLegalityRequest(api.Today.AddDays(-2), api.Officers[3].Id, "同意"));
        Assert.Equal(CaseStatus.Decided, (await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(opened.Id, api.Today))).Status);
    }

    [Fact]
    public async Task ENF_4_a_day_recording_something_done_is_never_in_the_future_and_never_before_the_step_it_follows()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        await Problems.AssertFieldErrorsAsync(await api.TryOpenAsync(api.Today.AddDays(1)), "openedOn");
        await Problems.AssertRefusedAsync(await api.TryOpenAsync(api.Today.AddDays(-3), api.Today.AddDays(-2)), "ENF-4");
        var notified = await api.NotifiedCaseAsync();
        await Problems.AssertFieldErrorsAsync(await api.TryDecideAsync(notified.Id, api.Today.AddDays(1)), "decidedOn");
        await Problems.AssertRefusedAsync(await api.PostAsync(notified.Id, "defence", new RecordDefenceRequest(api.Today.AddDays(-31), "申辩", false)), "ENF-4");
        await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(notified.Id, api.Today));
        await Problems.AssertRefusedAsync(await api.PostAsync(notified.Id, "service", new ServeDecisionRequest(api.Today.AddDays(-1), "直接送达")), "ENF-4");
        await Problems.AssertFieldErrorsAsync(await api.PostAsync(notified.Id, "evidence", new RecordEvidenceRequest("a.pdf", "application/pdf", 1, "not-a-hash", api.Today, api.Officers[0].Id, "x")), "sha256");
    }

    [Fact]
    public async Task ENF_4_the_decision_clock_runs_90_days_from_opening_and_the_service_clock_7_days_from_the_decision()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var waiting = await api.OpenAsync(api.Today);
        var decided = await api.NotifiedCaseAsync();
        await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(decided.Id, api.Today));

        service.Advance(95);
        await Eventually.Until(() => api.GetCaseAsync(waiting.Id), c => c.DecisionOverdue, "the 90 days ran out with no decision");
        var elapsed = await Eventually.Until(
            () => service.WithDbAsync(db => db.Clocks.AsNoTracking().Where(c => c.RecordId == decided.Id && c.Kind == CaseClocks.Service).Select(c => c.Status).SingleAsync()),
            s => s == BuildingBlocks.Clocks.ClockStatus.Elapsed,
            "the service clock elapsed");
        Assert.Equal(BuildingBlocks.Clocks.ClockStatus.Elapsed, elapsed);
        var served = await api.StepAsync(decided.Id, "service", new ServeDecisionRequest(api.Today, "邮寄送达"));
        Assert.True(served.ServedLate);
    }

    [Fact]
    public async Task ENF_4_case_files_are_staff_only_and_the_party_sees_their_own_case()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var opened = await api.OpenAsync(api.Today, partyAccount: "test-王某");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Public.GetAsync($"/api/enforcement/cases/{opened.Id}")).StatusCode);
        using var otherUnit = service.CreateClientFor("another-unit", Roles.EnforcementOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync($"/api/enforcement/cases/{opened.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync($"/api/enforcement/cases/{opened.Id}/history")).StatusCode);
        using var party = service.CreateClient().ActingAsCitizen("王某");
        Assert.Equal(opened.Number, (await party.GetFromJsonAsync<CaseResponse>($"/api/enforcement/cases/{opened.Id}", EnforcementApi.Json))!.Number);
        using var stranger = service.CreateClient().ActingAsCitizen("李某");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/enforcement/cases/{opened.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await party.PostAsJsonAsync($"/api/enforcement/cases/{opened.Id}/evidence",
            new RecordEvidenceRequest("a.pdf", "application/pdf", 1, EnforcementApi.Sha("a"), api.Today, api.Officers[0].Id, "x"))).StatusCode);
    }

    [Fact]
    public async Task ENF_7_limitation_is_two_years_from_the_act_and_five_for_life_health_or_finance()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var act = api.Today.AddYears(-2).AddDays(-1);
        await Problems.AssertRefusedAsync(await api.TryOpenAsync(api.Today, act), "ENF-7");
        Assert.Equal(HttpStatusCode.Created, (await api.TryOpenAsync(api.Today, act, lifeHealthOrFinance: true)).StatusCode);
        await Problems.AssertRefusedAsync(await api.TryOpenAsync(api.Today, api.Today.AddYears(-5).AddDays(-1), lifeHealthOrFinance: true), "ENF-7");
    }

    [Fact]
    public async Task ENF_7_on_the_spot_fines_are_at_most_200_for_an_individual_and_3000_for_an_organisation()
    {
        using var api = new EnforcementApi(service);
        await api.SetUpUnitAsync();
        var person = await api.OpenAsync(api.Today, onTheSpot: true, party: PartyKind.Individual);
        await Problems.AssertRefusedAsync(await api.TryDecideAsync(person.Id, api.Today, 201, Circumstance.Minor), "ENF-7");
        Assert.Equal(CaseStatus.Decided, (await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(person.Id, api.Today, 200, Circumstance.Minor))).Status);

        var company = await api.OpenAsync(api.Today, onTheSpot: true, party: PartyKind.Organisation);
        await Problems.AssertRefusedAsync(await api.TryDecideAsync(company.Id, api.Today, 3001, Circumstance.Minor), "ENF-7");
        Assert.Equal(CaseStatus.Decided, (await EnforcementApi.OkAsync<CaseResponse>(await api.TryDecideAsync(company.Id, api.Today, 3000, Circumstance.Minor))).Status);
    }
}
