using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>REC-3, REC-4, REC-5: the procedure, its handlers and hearings, review methods, settlement and mediation.</summary>
public sealed class ProcedureTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly ReconsiderationApi _api = new(service);

    [Fact]
    public async Task REC_3_the_simplified_procedure_needs_its_ground_and_at_most_3000_and_runs_3_5_and_30()
    {
        var large = await _api.ApplyAsync(_api.Application(amount: 8000m));
        await Problems.AssertRefusedAsync(await _api.PostAsync(large.Id, "acceptance", new AcceptCaseRequest(_api.Today, ProcedureKind.Simplified, SimplifiedGround.SmallAmount, false)), "REC-3");
        await Problems.AssertRefusedAsync(await _api.PostAsync(large.Id, "acceptance", new AcceptCaseRequest(_api.Today, ProcedureKind.Simplified, null, false)), "REC-3");

        var small = await _api.AcceptedAsync(ProcedureKind.Simplified, SimplifiedGround.SmallAmount, request: _api.Application(amount: 2000m, act: "南市监罚〔2026〕20号"));
        Assert.Equal(ProcedureKind.Simplified, small.Procedure);
        Assert.Equal(ReconsiderationApi.WorkingDaysAfter(_api.Today, 3), ReconsiderationApi.Deadline(small, CaseClocks.Copy).DueDate);
        Assert.Equal(ReconsiderationApi.DaysAfter(_api.Today, 30), ReconsiderationApi.Deadline(small, CaseClocks.Decision).DueDate);
        var copied = await _api.StepAsync(small.Id, "copy", new StepRequest(_api.Today, null));
        Assert.Equal(ReconsiderationApi.WorkingDaysAfter(_api.Today, 5), ReconsiderationApi.Deadline(copied, CaseClocks.Answer).DueDate);
    }

    [Fact]
    public async Task REC_3_the_ordinary_procedure_sends_the_copy_in_7_working_days_and_takes_the_answer_in_10()
    {
        var accepted = await _api.AcceptedAsync();
        Assert.Equal(ReconsiderationApi.WorkingDaysAfter(_api.Today, 7), ReconsiderationApi.Deadline(accepted, CaseClocks.Copy).DueDate);
        await Problems.AssertRefusedAsync(await _api.PostAsync(accepted.Id, "answer", new ReasonedStepRequest(_api.Today, "答复")), "REC-3");
        var copied = await _api.StepAsync(accepted.Id, "copy", new StepRequest(_api.Today, null));
        Assert.Equal(ClockStatus.Stopped, ReconsiderationApi.Deadline(copied, CaseClocks.Copy).Status);
        Assert.Equal(ReconsiderationApi.WorkingDaysAfter(_api.Today, 10), ReconsiderationApi.Deadline(copied, CaseClocks.Answer).DueDate);
        var answered = await _api.StepAsync(accepted.Id, "answer", new ReasonedStepRequest(_api.Today, "被申请人书面答复及证据"));
        Assert.Equal(ClockStatus.Stopped, ReconsiderationApi.Deadline(answered, CaseClocks.Answer).Status);
    }

    [Fact]
    public async Task REC_4_a_case_needs_two_officers_and_a_major_case_a_hearing_with_its_panel_and_notice()
    {
        var major = await _api.AcceptedAsync(major: true);
        Assert.Contains(await _api.EventsAsync(major.Id), t => t.EndsWith("ReconsiderationCaseFlagged", StringComparison.Ordinal));
        await _api.StepAsync(major.Id, "copy", new StepRequest(_api.Today, null));
        await Problems.AssertRefusedAsync(await _api.PostAsync(major.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Upheld, "维持", null)), "REC-4");
        await Problems.AssertRefusedAsync(await _api.PostAsync(major.Id, "officers", new AssignOfficersRequest(["复议员李静", "复议员李静"])), "REC-4");
        await _api.StepAsync(major.Id, "officers", new AssignOfficersRequest(["复议员李静", "复议员王磊"]));
        await Problems.AssertRefusedAsync(await _api.PostAsync(major.Id, "decision", new DecideCaseRequest(_api.Today, Outcome.Upheld, "维持", null)), "REC-4");

        var fiveWorkingDays = ReconsiderationApi.WorkingDaysAfter(_api.Today, 5);
        await Problems.AssertRefusedAsync(await _api.PostAsync(major.Id, "hearing", new ScheduleHearingRequest(_api.Today, fiveWorkingDays, "李静", ["王磊", "陈晨"], "赵敏")), "REC-4");
        await Problems.AssertRefusedAsync(await _api.PostAsync(major.Id, "hearing", new ScheduleHearingRequest(_api.Today, fiveWorkingDays.AddDays(1), "李静", ["王磊"], "赵敏")), "REC-4");
        await Problems.AssertFieldErrorsAsync(await _api.PostAsync(major.Id, "hearing", new ScheduleHearingRequest(_api.Today, _api.Today, "李静", ["王磊", "陈晨"], "赵敏")), "hearingOn");
        var scheduled = await _api.StepAsync(major.Id, "hearing", new ScheduleHearingRequest(_api.Today, fiveWorkingDays.AddDays(1), "李静", ["王磊", "陈晨"], "赵敏"));
        Assert.Equal(["王磊", "陈晨"], scheduled.HearingOfficers);
        await Problems.AssertRefusedAsync(await _api.PostAsync(major.Id, "hearing/held", new StepRequest(_api.Today, null)), "REC-6");
        await Problems.AssertFieldErrorsAsync(await _api.PostAsync(major.Id, "hearing/held", new StepRequest(fiveWorkingDays.AddDays(1), null)), "on");
    }

    [Fact]
    public async Task REC_5_review_methods_are_recorded()
    {
        var accepted = await _api.AcceptedAsync();
        var reviewed = await _api.StepAsync(accepted.Id, "reviews", new RecordReviewRequest(ReviewMethod.OnSiteInvestigation, _api.Today, "现场核实"));
        Assert.Contains(reviewed.ReviewSteps, s => s.Method == ReviewMethod.OnSiteInvestigation && s.On == _api.Today);
        await Problems.AssertRefusedAsync(await _api.PostAsync(accepted.Id, "reviews", new RecordReviewRequest(ReviewMethod.Hearing, _api.Today, null)), "REC-5");
    }

    [Fact]
    public async Task REC_5_a_settlement_withdraws_the_case_and_bars_contesting_the_same_act_again()
    {
        var request = _api.Application(act: "南市监罚〔2026〕30号");
        var accepted = await _api.AcceptedAsync(request: request);
        var settled = await _api.StepAsync(accepted.Id, "settlement", new ReasonedStepRequest(_api.Today, "双方和解"));
        Assert.Equal(CaseStatus.Withdrawn, settled.Status);
        Assert.Equal(Outcome.Withdrawn, settled.Outcome);
        Assert.True(settled.Settled);
        Assert.All(settled.Deadlines, d => Assert.NotEqual(ClockStatus.Running, d.Status));

        await Problems.AssertRefusedAsync(await _api.TryApplyAsync(request), "REC-5");
        using var other = service.CreateClient().ActingAsCitizen("另一申请人" + Guid.NewGuid().ToString("N")[..4]);
        Assert.Equal(System.Net.HttpStatusCode.Created, (await _api.TryApplyAsync(request, other)).StatusCode);
    }

    [Fact]
    public async Task REC_5_a_mediation_agreement_takes_effect_once_signed()
    {
        var accepted = await _api.AcceptedAsync();
        await Problems.AssertRefusedAsync(await _api.PostAsync(accepted.Id, "mediation/signed", new StepRequest(_api.Today, null)), "REC-5");
        var drafted = await _api.StepAsync(accepted.Id, "mediation", new ReasonedStepRequest(_api.Today, "罚款变更为5000元"));
        Assert.Equal(CaseStatus.Accepted, drafted.Status);
        Assert.Null(drafted.Outcome);
        var signed = await _api.StepAsync(accepted.Id, "mediation/signed", new StepRequest(_api.Today, "双方签字"));
        Assert.Equal(CaseStatus.Decided, signed.Status);
        Assert.Equal(Outcome.Mediated, signed.Outcome);
        Assert.Contains(signed.Documents, d => d.Title == "调解书");
        Assert.Contains(await _api.EventsAsync(accepted.Id), t => t.EndsWith("ReconsiderationDecided", StringComparison.Ordinal));
    }

    public void Dispose() => _api.Dispose();
}
