using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>REC-6: the decision, its outcomes and its clock; REC-9: the incidental review's round trip into the case.</summary>
public sealed class DecisionTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly ReconsiderationApi _api = new(service);

    [Fact]
    public async Task REC_6_a_variation_is_never_worse_for_the_applicant_and_the_decision_is_published()
    {
        var enforcementCase = Guid.NewGuid();
        var ready = await _api.ReadyAsync(_api.Application(amount: 8000m, enforcementCaseId: enforcementCase));
        await Problems.AssertRefusedAsync(await _api.PostAsync(ready.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Varied, "加重处罚", 9000m)), "REC-6");
        await Problems.AssertRefusedAsync(await _api.PostAsync(ready.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Varied, "不变", 8000m)), "REC-6");
        await Problems.AssertRefusedAsync(await _api.PostAsync(ready.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Mediated, "调解", null)), "REC-6");
        await Problems.AssertFieldErrorsAsync(await _api.PostAsync(ready.Id, "decision", new DecideCaseRequest(_api.Today.AddDays(1), Outcome.Revoked, "撤销", null)), "decidedOn");

        var decided = await _api.StepAsync(ready.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Varied, "罚款明显不当", 5000m));
        Assert.Equal(CaseStatus.Decided, decided.Status);
        Assert.Equal(5000m, decided.VariedAmount);
        Assert.Equal(ClockStatus.Stopped, ReconsiderationApi.Deadline(decided, CaseClocks.Decision).Status);
        Assert.Contains(await _api.EventsAsync(ready.Id), t => t.EndsWith("ReconsiderationDecided", StringComparison.Ordinal));
        Assert.Contains(decided.Documents, d => d.Title == "行政复议决定书");
        await Problems.AssertRefusedAsync(await _api.PostAsync(ready.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Revoked, "撤销", null)), "REC-6");
    }

    [Fact]
    public async Task REC_6_performance_is_ordered_only_against_a_failure_to_act()
    {
        var act = await _api.ReadyAsync();
        await Problems.AssertRefusedAsync(await _api.PostAsync(act.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.PerformanceOrdered, "责令履行", null)), "REC-6");
        var omission = await _api.ReadyAsync(_api.Application(failureToAct: true, amount: null, act: "未答复信息公开申请"));
        await Problems.AssertRefusedAsync(await _api.PostAsync(omission.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Revoked, "撤销", null)), "REC-6");
        var ordered = await _api.StepAsync(omission.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.PerformanceOrdered, "责令十五日内答复", null));
        Assert.Equal(Outcome.PerformanceOrdered, ordered.Outcome);
    }

    [Fact]
    public async Task REC_6_the_decision_period_is_extended_once_by_at_most_30_days_with_a_reason()
    {
        var accepted = await _api.AcceptedAsync();
        var due = ReconsiderationApi.Deadline(accepted, CaseClocks.Decision).DueDate;
        await Problems.AssertRefusedAsync(await _api.PostAsync(accepted.Id, "extension", new ExtendCaseRequest(31, "案情复杂")), "REC-6");
        await Problems.AssertFieldErrorsAsync(await _api.PostAsync(accepted.Id, "extension", new ExtendCaseRequest(10, "")), "reason");
        var extended = await _api.StepAsync(accepted.Id, "extension", new ExtendCaseRequest(30, "案情复杂"));
        Assert.Equal(ReconsiderationApi.DaysAfter(due, 30), ReconsiderationApi.Deadline(extended, CaseClocks.Decision).DueDate);
        Assert.Equal("案情复杂", extended.ExtensionReason);
        await Problems.AssertRefusedAsync(await _api.PostAsync(accepted.Id, "extension", new ExtendCaseRequest(5, "再次延期")), "REC-6");
    }

    [Fact]
    public async Task REC_6_suspension_pauses_the_decision_clock_and_a_suspended_case_is_not_decided()
    {
        var ready = await _api.ReadyAsync();
        var due = ReconsiderationApi.Deadline(ready, CaseClocks.Decision).DueDate;
        var suspended = await _api.StepAsync(ready.Id, "suspension", new ReasonedStepRequest(_api.Today, "申请人因病不能参加"));
        Assert.Equal(CaseStatus.Suspended, suspended.Status);
        Assert.Equal(ClockStatus.Paused, ReconsiderationApi.Deadline(suspended, CaseClocks.Decision).Status);
        await Problems.AssertRefusedAsync(await _api.PostAsync(ready.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Upheld, "维持", null)), "REC-6");

        service.Advance(10);
        var resumed = await _api.StepAsync(ready.Id, "resumption", new StepRequest(_api.Today, null));
        Assert.Equal(CaseStatus.Accepted, resumed.Status);
        Assert.Equal(ReconsiderationApi.DaysAfter(_api.Today, due.DayNumber - suspended.SuspendedOn!.Value.DayNumber), ReconsiderationApi.Deadline(resumed, CaseClocks.Decision).DueDate);
        var decided = await _api.StepAsync(ready.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Upheld, "事实清楚，适用依据正确", null));
        Assert.False(decided.DecidedLate);
    }

    [Fact]
    public async Task REC_6_a_case_with_no_decision_in_60_days_is_flagged_overdue()
    {
        var accepted = await _api.AcceptedAsync();
        service.Advance(62);
        var overdue = await Eventually.Until(() => _api.GetAsync(accepted.Id), c => c.DecisionOverdue, "the decision clock ran out");
        Assert.Equal(ClockStatus.Elapsed, ReconsiderationApi.Deadline(overdue, CaseClocks.Decision).Status);
        Assert.Contains(await _api.EventsAsync(accepted.Id), t => t.EndsWith("ReconsiderationCaseFlagged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task REC_9_an_incidental_review_is_requested_on_acceptance_suspends_the_case_and_its_result_resumes_it()
    {
        var accepted = await _api.AcceptedAsync(request: _api.Application(documentNumber: "南府规〔2026〕3号"));
        Assert.Equal(CaseStatus.Suspended, accepted.Status);
        Assert.True(accepted.IncidentalReviewPending);
        Assert.Equal(ClockStatus.Paused, ReconsiderationApi.Deadline(accepted, CaseClocks.Decision).Status);
        Assert.Contains(await _api.EventsAsync(accepted.Id), t => t.EndsWith("IncidentalReviewRequested", StringComparison.Ordinal));
        await Problems.AssertRefusedAsync(await _api.PostAsync(accepted.Id, "resumption", new StepRequest(_api.Today, null)), "REC-9");

        await service.Services.EventBus().Publish(new IncidentalReviewConcluded
        {
            UnitId = "district-justice", RecordId = Guid.NewGuid(), CaseId = accepted.Id, DocumentNumber = "南府规〔2026〕3号", Outcome = "Unlawful",
            SuspendedClauses = ["第五条"], Reasoning = "第五条增设了上位法没有的义务",
        });
        var resumed = await Eventually.Until(() => _api.GetAsync(accepted.Id, _api.Citizen), c => !c.IncidentalReviewPending, "the review's result reached the case");
        Assert.Equal(CaseStatus.Accepted, resumed.Status);
        Assert.Equal("Unlawful", resumed.IncidentalReviewOutcome);
        Assert.Equal(["第五条"], resumed.SuspendedClauses);
        Assert.Equal(ClockStatus.Running, ReconsiderationApi.Deadline(resumed, CaseClocks.Decision).Status);
    }

    public void Dispose() => _api.Dispose();
}
