using System.Net;
using System.Net.Http.Json;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Decisions.Features;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

public sealed class AccountabilityTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Fact]
    public async Task DEC_11_a_major_loss_is_held_to_account_and_members_who_dissented_are_marked()
    {
        using var api = new DecisionsApi(service);
        var published = await api.PublishedAsync(second: Stance.Disagrees);
        var persons = new[] { new ResponsiblePersonRequest("区长 周明", "行政首长"), new ResponsiblePersonRequest("副区长 孙丽", "分管领导") };
        var request = new AccountabilityRequest(AccountabilityGround.MajorLoss, published.Id, null, null, "评估认定造成重大损失。", persons);

        await Problems.AssertRefusedAsync(await api.Supervisor.PostAsJsonAsync("/api/decisions/accountability", request), "DEC-11");
        var evaluated = await api.StepAsync(published.Id, "evaluations", ExecutionTests.Evaluation("third-party-institute", EvaluationResult.Continue, majorLoss: true));
        Assert.True(evaluated.AccountabilityOwed);

        var record = await DecisionsApi.ReadAsync<AccountabilityResponse>(await api.Supervisor.PostAsJsonAsync("/api/decisions/accountability", request), HttpStatusCode.Created);
        Assert.Equal([("区长 周明", false), ("副区长 孙丽", true)], record.ResponsiblePersons.Select(p => (p.Name, p.Dissented)));
        var listed = await api.Client.GetFromJsonAsync<BuildingBlocks.Hosting.Page<AccountabilityResponse>>($"/api/decisions/accountability?decisionId={published.Id}", DecisionsApi.Json);
        Assert.Equal([record.Id], listed!.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task DEC_11_a_decision_taken_outside_the_procedure_gets_a_record_naming_the_responsible()
    {
        using var api = new DecisionsApi(service);
        var unit = DecisionsApi.NewUnit();
        var persons = new[] { new ResponsiblePersonRequest("某局长", "主要负责人") };
        await Problems.AssertRefusedAsync(
            await api.Supervisor.PostAsJsonAsync("/api/decisions/accountability", new AccountabilityRequest(AccountabilityGround.OutsideProcedure, null, unit, " ", "违反程序。", persons)), "DEC-11");
        await Problems.AssertRefusedAsync(
            await api.Supervisor.PostAsJsonAsync("/api/decisions/accountability", new AccountabilityRequest(AccountabilityGround.OutsideProcedure, null, unit, "未经集体讨论实施片区征收。", "违反程序。", [])), "DEC-11");

        var record = await DecisionsApi.ReadAsync<AccountabilityResponse>(await api.Supervisor.PostAsJsonAsync(
            "/api/decisions/accountability", new AccountabilityRequest(AccountabilityGround.OutsideProcedure, null, unit, "未经集体讨论实施片区征收。", "违反程序。", persons)), HttpStatusCode.Created);
        Assert.Equal((unit, (Guid?)null, "某局长"), (record.UnitId, record.DecisionId, record.ResponsiblePersons[0].Name));
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync($"/api/decisions/accountability/{record.Id}/history")).StatusCode);
    }
}
