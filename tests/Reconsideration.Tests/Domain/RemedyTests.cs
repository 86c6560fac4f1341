using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Reconsideration.Domain;
using RuleOfLaw.Testing;
using static RuleOfLaw.Reconsideration.Tests.Domain.RemedyRun;

namespace RuleOfLaw.Reconsideration.Tests.Domain;

/// <summary>REC-11 and REC-12's rules in memory: no database, no bus.</summary>
public sealed class RemedyTests
{
    private static Petition Received() => Petition.Register("district-government", "李某", "噪声扰民", Today, Now);

    private static CompensationClaim Claimed() => CompensationClaim.Register("district-government", "district-urban-management", "王某", "强拆", 100m, Today, Now);

    [Fact]
    public void REC_11_a_petition_is_routed_in_15_days_finished_in_60_and_extended_once_by_at_most_30()
    {
        var petition = Received();
        Assert.Equal(new DateOnly(2026, 3, 17), petition.ClockOf(RemedyClocks.Routing)!.DueDate);
        petition.Route("district-ecology", Today, Now);
        var handling = petition.ClockOf(RemedyClocks.PetitionHandling)!;
        Assert.Equal(new DateOnly(2026, 5, 1), handling.DueDate);
        Assert.Equal("REC-11", Assert.Throws<RuleViolationException>(() => petition.Extend(31, "核查", Now)).RuleId);
        petition.Extend(30, "核查", Now);
        Assert.Equal(new DateOnly(2026, 6, 1), handling.DueDate); // 31 May is a Sunday
        Assert.Equal("REC-11", Assert.Throws<RuleViolationException>(() => petition.Extend(1, "再延", Now)).RuleId);
        petition.MarkHandlingOverdue(Now.Now);
        Assert.True(petition.HandlingOverdue);
    }

    [Fact]
    public void REC_12_the_decision_fits_the_amounts_and_is_due_in_2_months()
    {
        var claim = Claimed();
        Assert.Equal(new DateOnly(2026, 5, 4), claim.DecisionDueOn); // 2 May is a Saturday
        Assert.Equal("REC-12", Assert.Throws<RuleViolationException>(() => claim.Decide(CompensationStatus.Granted, Today, 90m, "赔偿", Now)).RuleId);
        Assert.Equal("REC-12", Assert.Throws<RuleViolationException>(() => claim.Decide(CompensationStatus.PartlyGranted, Today, 100m, "赔偿", Now)).RuleId);
        Assert.Equal("REC-12", Assert.Throws<RuleViolationException>(() => claim.Decide(CompensationStatus.Refused, Today, 1m, "不赔", Now)).RuleId);
        claim.Decide(CompensationStatus.Granted, new DateOnly(2026, 5, 5), 100m, "赔偿", On(new DateOnly(2026, 5, 5)));
        Assert.True(claim.DecidedLate);
        Assert.Equal(ClockStatus.Stopped, claim.ClockOf(RemedyClocks.CompensationDecision)!.Status);
    }

    [Fact]
    public void Everyone_mediation_case_has_no_dead_end()
    {
        IReadOnlyList<Move<MediationCase>> moves =
        [
            new("agreement reached", m => m.Conclude(true, Today, "达成协议", Now)),
            new("mediation failed", m => m.Conclude(false, Today, "调解不成", Now)),
        ];
        var graph = StateGraph.Walk(
            () => MediationCase.Register("district-government", "district-urban-management", ["张某", "李某"], "相邻纠纷", Today, Now),
            moves,
            m => m.Status.ToString(),
            m => m.Status != MediationStatus.Registered);

        Assert.Empty(graph.DeadEnds());
        Assert.Equal(Enum.GetNames<MediationStatus>().Order(), graph.Paths.Keys.Order());
    }

    [Fact]
    public void Everyone_petition_has_no_dead_end()
    {
        IReadOnlyList<Move<Petition>> moves =
        [
            new("routed", p => p.Route("district-ecology", Today, Now)),
            .. Enum.GetValues<PetitionRoute>().Select(r => new Move<Petition>($"redirected to {r}", p => p.Redirect(r, "法定途径", Today, Now))),
            new("extended", p => p.Extend(30, "核查", Now)),
            new("finished", p => p.Finish(Today, "已答复", Now)),
            new("routing clock runs out", p => p.MarkRoutingOverdue(Now.Now)),
            new("handling clock runs out", p => p.MarkHandlingOverdue(Now.Now)),
        ];
        var graph = StateGraph.Walk(
            Received,
            moves,
            p => $"{p.Status}|extended {p.ExtensionDays is not null}|late {p.RoutingOverdue || p.HandlingOverdue}",
            p => p.Status is PetitionStatus.Finished or PetitionStatus.Redirected);

        Assert.Empty(graph.DeadEnds());
        Assert.Equal(Enum.GetNames<PetitionStatus>().Order(), graph.Paths.Keys.Select(s => s.Split('|')[0]).Distinct().Order());
    }

    [Fact]
    public void Everyone_compensation_claim_has_no_dead_end()
    {
        IReadOnlyList<Move<CompensationClaim>> moves =
        [
            new("hearing", c => c.RecordStep(CompensationStepKind.Hearing, Today, "听证", null, Now)),
            new("negotiation", c => c.RecordStep(CompensationStepKind.Negotiation, Today, "协商", null, Now)),
            new("settlement", c => c.RecordStep(CompensationStepKind.Settlement, Today, "和解", 60m, Now)),
            new("granted", c => c.Decide(CompensationStatus.Granted, Today, 100m, "赔偿", Now)),
            new("partly granted", c => c.Decide(CompensationStatus.PartlyGranted, Today, 60m, "部分赔偿", Now)),
            new("refused", c => c.Decide(CompensationStatus.Refused, Today, 0m, "不予赔偿", Now)),
            new("decision clock runs out", c => c.MarkDecisionOverdue(Now.Now)),
        ];
        var graph = StateGraph.Walk(
            Claimed,
            moves,
            c => $"{c.Status}|steps {c.Steps.Count > 0}|overdue {c.DecisionOverdue}",
            c => c.Status != CompensationStatus.Registered);

        Assert.Empty(graph.DeadEnds());
        Assert.Equal(Enum.GetNames<CompensationStatus>().Order(), graph.Paths.Keys.Select(s => s.Split('|')[0]).Distinct().Order());
    }
}
