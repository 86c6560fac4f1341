using System.Net;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Reconsideration.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>REC-11: administrative mediation and petitions, through the HTTP API.</summary>
public sealed class MediationAndPetitionTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly RemedyApi _api = new(service);

    [Fact]
    public async Task REC_11_a_mediation_case_is_registered_with_its_parties_and_ends_in_agreement_or_failure_once()
    {
        await Problems.AssertRefusedAsync(await _api.PostAsync("mediations", new RegisterMediationRequest(_api.UnitId, ["张某", "张某"], "相邻纠纷", _api.Today)), "REC-11");
        await Problems.AssertFieldErrorsAsync(await _api.PostAsync("mediations", new RegisterMediationRequest(_api.UnitId, ["张某", "李某"], "", _api.Today.AddDays(1))), "subject", "registeredOn");
        var registered = await _api.CreateAsync<MediationResponse>("mediations", new RegisterMediationRequest(_api.UnitId, ["张某", "某物业服务有限公司"], "违规搭建引发的相邻纠纷", _api.Today.AddDays(-5)));
        Assert.Equal(MediationStatus.Registered, registered.Status);

        var path = $"mediations/{registered.Id}";
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/outcome", new ConcludeMediationRequest(_api.Today.AddDays(-6), true, "达成协议")), "REC-11");
        var agreed = await _api.StepAsync<MediationResponse>($"{path}/outcome", new ConcludeMediationRequest(_api.Today, true, "物业公司于30日内拆除搭建物"));
        Assert.Equal(MediationStatus.AgreementReached, agreed.Status);
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/outcome", new ConcludeMediationRequest(_api.Today, false, "调解不成")), "REC-11");
        Assert.Equal(["RemedyCaseRegistered", "RemedyCaseConcluded"], await _api.EventsAsync(registered.Id));
        Assert.Equal(registered.Id, (await _api.GetAsync<MediationResponse>(path, _api.UnitStaff)).Id);
        using var other = service.CreateClientFor("unit-other", BuildingBlocks.Access.Roles.UnitStaff);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/reconsideration/{path}")).StatusCode);
    }

    [Fact]
    public async Task REC_11_a_petition_is_routed_in_15_days_finished_in_60_extended_once_by_at_most_30_or_redirected_with_its_route()
    {
        var received = _api.Today.AddDays(-3);
        var petition = await _api.CreateAsync<PetitionResponse>("petitions", new RegisterPetitionRequest("李某", "反映夜间施工噪声扰民", received));
        Assert.Contains(petition.Deadlines, d => d.Kind == RemedyClocks.Routing && d.DueDate == ReconsiderationApi.DaysAfter(received, 15));
        var path = $"petitions/{petition.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await _api.UnitStaff.GetAsync($"/api/reconsideration/{path}")).StatusCode);
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/reply", new ReasonedStepRequest(_api.Today, "已答复")), "REC-11");
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/routing", new RoutePetitionRequest(_api.UnitId, received.AddDays(-1))), "REC-11");

        var routed = await _api.StepAsync<PetitionResponse>($"{path}/routing", new RoutePetitionRequest(_api.UnitId, _api.Today));
        Assert.Equal((PetitionStatus.Routed, _api.UnitId), (routed.Status, routed.RoutedToUnitId));
        var handling = routed.Deadlines.Single(d => d.Kind == RemedyClocks.PetitionHandling);
        Assert.Equal(ReconsiderationApi.DaysAfter(_api.Today, 60), handling.DueDate);
        Assert.Equal(petition.Id, (await _api.GetAsync<PetitionResponse>(path, _api.UnitStaff)).Id);

        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/extension", new ExtendCaseRequest(31, "需现场核查")), "REC-11");
        var extended = await _api.StepAsync<PetitionResponse>($"{path}/extension", new ExtendCaseRequest(30, "需组织多部门现场核查"));
        Assert.Equal(ReconsiderationApi.DaysAfter(handling.DueDate, 30), extended.Deadlines.Single(d => d.Kind == RemedyClocks.PetitionHandling).DueDate);
        await Problems.AssertRefusedAsync(await _api.PostAsync($"{path}/extension", new ExtendCaseRequest(10, "再次延期")), "REC-11");

        var finished = await _api.StepAsync<PetitionResponse>($"{path}/reply", new ReasonedStepRequest(_api.Today, "已责令施工单位调整作业时间并答复"));
        Assert.Equal(PetitionStatus.Finished, finished.Status);
        Assert.All(finished.Deadlines, d => Assert.Equal(ClockStatus.Stopped, d.Status));

        var misplaced = await _api.CreateAsync<PetitionResponse>("petitions", new RegisterPetitionRequest("赵某", "不服罚款决定", _api.Today));
        await Problems.AssertFieldErrorsAsync(await _api.PostAsync($"petitions/{misplaced.Id}/redirection", new RedirectPetitionRequest(PetitionRoute.Litigation, "", _api.Today)), "routeNamed");
        var redirected = await _api.StepAsync<PetitionResponse>(
            $"petitions/{misplaced.Id}/redirection", new RedirectPetitionRequest(PetitionRoute.Reconsideration, "可于60日内向南城区人民政府申请行政复议", _api.Today));
        Assert.Equal((PetitionStatus.Redirected, PetitionRoute.Reconsideration), (redirected.Status, redirected.RedirectedTo));
        await Problems.AssertRefusedAsync(await _api.PostAsync($"petitions/{misplaced.Id}/routing", new RoutePetitionRequest(_api.UnitId, _api.Today)), "REC-11");
        Assert.Equal(["RemedyCaseRegistered", "RemedyCaseConcluded"], await _api.EventsAsync(misplaced.Id));
        var own = await _api.GetAsync<Page<PetitionResponse>>("petitions?pageSize=100", _api.UnitStaff);
        Assert.Equal([petition.Id], own.Items.Select(p => p.Id));
    }

    public void Dispose() => _api.Dispose();
}

/// <summary>REC-11 and REC-12's clocks fire with no one acting: time moves, the sweeper flags what is overdue.</summary>
public sealed class RemedyClockTests(ReconsiderationServiceFactory service) : IClassFixture<ReconsiderationServiceFactory>, IDisposable
{
    private readonly RemedyApi _api = new(service);

    [Fact]
    public async Task REC_11_and_REC_12_petitions_not_routed_or_finished_and_claims_not_decided_in_time_are_flagged()
    {
        var unrouted = await _api.CreateAsync<PetitionResponse>("petitions", new RegisterPetitionRequest("李某", "反映噪声扰民", _api.Today));
        var routed = await _api.CreateAsync<PetitionResponse>("petitions", new RegisterPetitionRequest("王某", "反映占道经营", _api.Today));
        await _api.StepAsync<PetitionResponse>($"petitions/{routed.Id}/routing", new RoutePetitionRequest(_api.UnitId, _api.Today));
        var claim = await _api.CreateAsync<CompensationResponse>("compensation-claims", new RegisterCompensationRequest(_api.UnitId, "王某", "强制拆除被确认违法", 120000m, _api.Today));

        service.Advance(17);
        var late = await Eventually.Until(() => _api.GetAsync<PetitionResponse>($"petitions/{unrouted.Id}"), p => p.RoutingOverdue, "the routing clock ran out");
        Assert.Equal(PetitionStatus.Registered, late.Status);
        Assert.False((await _api.GetAsync<PetitionResponse>($"petitions/{routed.Id}")).HandlingOverdue);

        service.Advance(50);
        await Eventually.Until(() => _api.GetAsync<PetitionResponse>($"petitions/{routed.Id}"), p => p.HandlingOverdue, "the 60 days ran out");
        var overdue = await Eventually.Until(() => _api.GetAsync<CompensationResponse>($"compensation-claims/{claim.Id}"), c => c.DecisionOverdue, "the 2 months ran out");
        Assert.Equal(ReconsiderationApi.DaysAfter(overdue.ReceivedOn, overdue.ReceivedOn.AddMonths(2).DayNumber - overdue.ReceivedOn.DayNumber), overdue.DecisionDueOn);
        foreach (var id in new[] { unrouted.Id, routed.Id, claim.Id })
        {
            Assert.Contains("RemedyCaseFlagged", await _api.EventsAsync(id));
        }
    }

    public void Dispose() => _api.Dispose();
}
