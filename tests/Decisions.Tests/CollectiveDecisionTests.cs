using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

public sealed class CollectiveDecisionTests(DecisionsServiceFactory service) : IClassFixture<DecisionsServiceFactory>
{
    [Fact]
    public async Task DEC_8_the_minutes_record_every_position_in_speaking_order_with_the_head_last()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OnAgendaAsync();
        var minutes = api.Meeting(MeetingOutcome.Adopted);

        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", minutes with { Positions = [] }), "DEC-8");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", minutes with
        {
            Positions = [new(1, "区长 周明", true, Stance.Agrees), new(2, "副区长 刘伟", false, Stance.Agrees)],
        }), "DEC-8");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", minutes with
        {
            Positions = [new(1, "副区长 刘伟", false, Stance.Agrees), new(3, "区长 周明", true, Stance.Agrees)],
        }), "DEC-8");
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", minutes with { MeetingType = MeetingType.Leadership }), "DEC-8");

        var decided = await api.StepAsync(decision.Id, "collective-decision", minutes);
        Assert.Equal(DecisionStatus.Adopted, decided.Status);
        Assert.Equal(["副区长 刘伟", "副区长 孙丽", "副区长 王刚", "区长 周明"], decided.Meeting!.Positions.Select(p => p.Member));
    }

    [Fact]
    public async Task DEC_8_the_head_deciding_against_the_majority_gives_the_reason()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OnAgendaAsync();
        var againstMajority = api.Meeting(MeetingOutcome.Adopted, Stance.Disagrees, Stance.Disagrees, Stance.Agrees);

        var detail = await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", againstMajority), "DEC-8");
        Assert.Contains("理由", detail, StringComparison.Ordinal);
        var decided = await api.StepAsync(decision.Id, "collective-decision", againstMajority with { HeadReason = "事关民生，时间紧迫，由本人承担决策责任。" });

        Assert.Equal((DecisionStatus.Adopted, "事关民生，时间紧迫，由本人承担决策责任。"), (decided.Status, decided.Meeting!.HeadReason));
        Assert.Equal(["副区长 刘伟", "副区长 孙丽"], decided.Meeting.Dissenters);
    }

    [Fact]
    public async Task DEC_8_the_legal_office_head_attendance_is_recorded()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OnAgendaAsync();
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "collective-decision", api.Meeting(MeetingOutcome.Adopted, legalOfficeHeadAttended: null)), "DEC-8");
        var decided = await api.StepAsync(decision.Id, "collective-decision", api.Meeting(MeetingOutcome.Adopted, legalOfficeHeadAttended: false));
        Assert.False(decided.Meeting!.LegalOfficeHeadAttended);
    }

    [Fact]
    public async Task DEC_8_a_deferred_decision_returns_for_another_meeting_and_a_rejected_one_ends()
    {
        using var api = new DecisionsApi(service);
        var decision = await api.OnAgendaAsync();
        var deferred = await api.StepAsync(decision.Id, "collective-decision", api.Meeting(MeetingOutcome.Deferred, headReason: "待补充资金测算后再议。"));
        Assert.Equal(DecisionStatus.Reviewed, deferred.Status);

        await api.StepAsync(decision.Id, "agenda", api.Agenda());
        var rejected = await api.StepAsync(decision.Id, "collective-decision", api.Meeting(MeetingOutcome.Rejected, Stance.Disagrees, Stance.Disagrees, Stance.Disagrees));
        Assert.Equal(DecisionStatus.Rejected, rejected.Status);
        await Problems.AssertRefusedAsync(await api.PostAsync(decision.Id, "publication", new Features.PublishDecisionRequest("说明")), "DEC-9");
    }
}
