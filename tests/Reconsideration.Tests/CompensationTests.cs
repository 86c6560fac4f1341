using System.Net;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>REC-12: state compensation claims, through the HTTP API.</summary>
public sealed class CompensationTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly RemedyApi _api = new(service);

    [Fact]
    public async Task REC_12_a_claim_is_decided_within_2_months_after_hearing_negotiation_or_settlement_with_its_amounts()
    {
        var received = _api.Today.AddDays(-10);
        await Problems.AssertFieldErrorsAsync(await _api.PostAsync("compensation-claims", new RegisterCompensationRequest(_api.UnitId, "王某", "强拆", 0m, received)), "amountClaimed");
        var claim = await _api.CreateAsync<CompensationResponse>("compensation-claims", new RegisterCompensationRequest(_api.UnitId, "王某", "强制拆除行为被确认违法", 120000m, received));
        var due = ReconsiderationApi.DaysAfter(received, received.AddMonths(2).DayNumber - received.DayNumber);
        Assert.Equal(due, claim.DecisionDueOn);
        Assert.Contains(claim.Deadlines, d => d.Kind == RemedyClocks.CompensationDecision && d.RuleId == "REC-12" && d.DueDate == due);

        var path = $"compensation-claims/{claim.Id}";
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/steps", new RecordCompensationStepRequest(CompensationStepKind.Hearing, received.AddDays(-1), "听证", null)), "REC-12");
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/steps", new RecordCompensationStepRequest(CompensationStepKind.Settlement, _api.Today, "和解", 130000m)), "REC-12");
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/steps", new RecordCompensationStepRequest(CompensationStepKind.Hearing, _api.Today, "听证", 1000m)), "REC-12");
        await _api.StepAsync<CompensationResponse>($"{path}/steps", new RecordCompensationStepRequest(CompensationStepKind.Hearing, _api.Today.AddDays(-5), "举行听证，听取申请人意见", null));
        var settled = await _api.StepAsync<CompensationResponse>($"{path}/steps", new RecordCompensationStepRequest(CompensationStepKind.Settlement, _api.Today, "双方和解", 80000m));
        Assert.Equal([CompensationStepKind.Hearing, CompensationStepKind.Settlement], settled.Steps.Select(s => s.Kind));

        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/decision", new DecideCompensationRequest(_api.Today, CompensationStatus.Granted, 80000m, "赔偿")), "REC-12");
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/decision", new DecideCompensationRequest(_api.Today.AddDays(-1), CompensationStatus.PartlyGranted, 80000m, "部分赔偿")), "REC-12");
        await Problems.AssertFieldErrorsAsync(await _api.PostAsync($"{path}/decision", new DecideCompensationRequest(_api.Today, CompensationStatus.Registered, 0m, "未决")), "outcome");
        var decided = await _api.StepAsync<CompensationResponse>($"{path}/decision", new DecideCompensationRequest(_api.Today, CompensationStatus.PartlyGranted, 80000m, "按和解金额部分赔偿"));
        Assert.Equal((CompensationStatus.PartlyGranted, 80000m, false), (decided.Status, decided.AmountDecided, decided.DecidedLate));
        Assert.Equal(ClockStatus.Stopped, Assert.Single(decided.Deadlines).Status);
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/decision", new DecideCompensationRequest(_api.Today, CompensationStatus.Refused, 0m, "不予赔偿")), "REC-12");

        Assert.Equal(["RemedyCaseRegistered", "RemedyCaseConcluded"], await _api.EventsAsync(claim.Id));
        Assert.Equal(claim.Id, (await _api.GetAsync<CompensationResponse>(path, _api.UnitStaff)).Id);
        using var other = service.CreateClientFor("unit-other", BuildingBlocks.Access.Roles.UnitStaff, BuildingBlocks.Access.Roles.UnitHead);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/reconsideration/{path}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.PostAsync($"{path}/steps", new RecordCompensationStepRequest(CompensationStepKind.Hearing, _api.Today, "听证", null), _api.UnitStaff)).StatusCode);
    }

    public void Dispose() => _api.Dispose();
}
