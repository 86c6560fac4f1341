using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>REC-2's automatic effects, with no one acting: time moves, the sweeper fires the clocks.</summary>
public sealed class DeemedAcceptanceTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly ReconsiderationApi _api = new(service);

    [Fact]
    public async Task REC_2_with_no_answer_in_5_working_days_the_case_is_deemed_accepted_and_uncorrected_applications_abandoned()
    {
        var waiting = await _api.ApplyAsync();
        var uncorrected = await _api.ApplyAsync(_api.Application(act: "南市监罚〔2026〕13号"));
        await _api.StepAsync(uncorrected.Id, "corrections-request", new ReasonedStepRequest(_api.Today, "请补充身份证明"));

        service.Advance(12);
        var deemed = await Eventually.Until(() => _api.GetAsync(waiting.Id, _api.Citizen), c => c.Status == CaseStatus.Accepted, "the case is deemed accepted");
        Assert.True(deemed.DeemedAccepted);
        Assert.Equal(ReconsiderationApi.WorkingDaysAfter(waiting.ReceivedOn, 5).AddDays(1), deemed.AcceptedOn);
        Assert.Equal(ProcedureKind.Ordinary, deemed.Procedure);
        Assert.Contains(deemed.Deadlines, d => d.Kind == CaseClocks.Decision && d.DueDate == ReconsiderationApi.DaysAfter(deemed.AcceptedOn!.Value, 60));
        Assert.Contains(deemed.Documents, d => d.Title == "受理通知书");
        var abandoned = await Eventually.Until(() => _api.GetAsync(uncorrected.Id), c => c.Status == CaseStatus.Abandoned, "the uncorrected application is deemed abandoned");
        Assert.Null(abandoned.AcceptedOn);
    }

    public void Dispose() => _api.Dispose();
}
