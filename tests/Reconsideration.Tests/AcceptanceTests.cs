using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>REC-2: acceptance within 5 working days, refusal reported, one request for corrections.</summary>
public sealed class AcceptanceTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly ReconsiderationApi _api = new(service);

    [Fact]
    public async Task REC_2_a_refusal_names_its_reason_and_competent_organ_and_is_reported_to_the_supervising_body()
    {
        var applied = await _api.ApplyAsync();
        await Problems.AssertFieldErrorsAsync(await _api.PostAsync(applied.Id, "refusal", new RefuseCaseRequest(_api.Today, "", null)), "reason");
        var refused = await _api.StepAsync(applied.Id, "refusal", new RefuseCaseRequest(_api.Today, "属于民事纠纷", "南城区人民法院"));
        Assert.Equal(CaseStatus.Refused, refused.Status);
        Assert.Equal("南城区人民法院", refused.CompetentOrgan);
        Assert.Equal(ClockStatus.Stopped, ReconsiderationApi.Deadline(refused, CaseClocks.Acceptance).Status);
        Assert.Contains(await _api.EventsAsync(applied.Id), t => t.EndsWith("ReconsiderationRefused", StringComparison.Ordinal));
        await Problems.AssertRefusedAsync(await _api.PostAsync(applied.Id, "acceptance", new AcceptCaseRequest(_api.Today, ProcedureKind.Ordinary, null, false)), "REC-6");
    }

    [Fact]
    public async Task REC_2_corrections_are_asked_for_once_pausing_acceptance_and_the_applicant_corrects_their_own()
    {
        var applied = await _api.ApplyAsync();
        var asked = await _api.StepAsync(applied.Id, "corrections-request", new ReasonedStepRequest(_api.Today, "请补充身份证明"));
        Assert.Equal(CaseStatus.AwaitingCorrection, asked.Status);
        Assert.Equal(ClockStatus.Paused, ReconsiderationApi.Deadline(asked, CaseClocks.Acceptance).Status);
        Assert.Equal(ReconsiderationApi.DaysAfter(_api.Today, 10), ReconsiderationApi.Deadline(asked, CaseClocks.Correction).DueDate);

        using var other = service.CreateClient().ActingAsCitizen("他人");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await _api.PostAsync(applied.Id, "corrections", new ReasonedStepRequest(_api.Today, "补正"), other)).StatusCode);
        var corrected = await _api.StepAsync(applied.Id, "corrections", new ReasonedStepRequest(_api.Today, "已补充身份证复印件"), _api.Citizen);
        Assert.Equal(CaseStatus.Submitted, corrected.Status);
        Assert.Equal(ClockStatus.Running, ReconsiderationApi.Deadline(corrected, CaseClocks.Acceptance).Status);

        await Problems.AssertRefusedAsync(await _api.PostAsync(applied.Id, "corrections-request", new ReasonedStepRequest(_api.Today, "再补充材料")), "REC-2");
    }

    [Fact]
    public async Task REC_2_acceptance_stops_its_clock_and_is_not_dated_before_the_application_or_in_the_future()
    {
        var applied = await _api.ApplyAsync();
        await Problems.AssertRefusedAsync(await _api.PostAsync(applied.Id, "acceptance", new AcceptCaseRequest(_api.Today.AddDays(-1), ProcedureKind.Ordinary, null, false)), "REC-6");
        await Problems.AssertFieldErrorsAsync(await _api.PostAsync(applied.Id, "acceptance", new AcceptCaseRequest(_api.Today.AddDays(1), ProcedureKind.Ordinary, null, false)), "acceptedOn");
        var accepted = await _api.StepAsync(applied.Id, "acceptance", new AcceptCaseRequest(_api.Today, ProcedureKind.Ordinary, null, false));
        Assert.False(accepted.DeemedAccepted);
        Assert.Equal(ClockStatus.Stopped, ReconsiderationApi.Deadline(accepted, CaseClocks.Acceptance).Status);
        Assert.Contains(await _api.EventsAsync(applied.Id), t => t.EndsWith("ReconsiderationAccepted", StringComparison.Ordinal));
    }

    public void Dispose() => _api.Dispose();
}
