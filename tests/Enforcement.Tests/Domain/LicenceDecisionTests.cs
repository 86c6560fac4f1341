using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Enforcement.Domain;
using static RuleOfLaw.Enforcement.Tests.Domain.DomainFixtures;

namespace RuleOfLaw.Enforcement.Tests.Domain;

/// <summary>The licence decision's rules, checked in memory (ENF-1, ENF-10).</summary>
public sealed class LicenceDecisionTests
{
    private static readonly Power Licensing = Enforcement.Domain.Power.Register(Unit, "330217001000", PowerKind.Licence, new PowerVersion
    {
        Name = "食品经营许可", EffectiveFrom = Today.AddYears(-1), LawBasis = "《食品安全法》第三十五条", DocumentNumber = "南市监规〔2026〕2号", DocumentClause = "第三条", Reason = "公布",
    }, null, At(Today.AddYears(-1)));

    private static void Refused(string ruleId, Action action) => Assert.Equal(ruleId, Assert.Throws<RuleViolationException>(action).RuleId);

    private static LicenceDecision.Application Application(LicenceOutcome outcome = LicenceOutcome.Granted, string? reasons = null, int received = -10, int decided = 0) =>
        new("某烘焙坊", PartyKind.Organisation, Today.AddDays(received), Today.AddDays(decided), outcome, reasons);

    [Fact]
    public void ENF_10_a_licence_is_decided_under_a_licensing_power_of_the_unit_in_effect_with_its_legal_basis()
    {
        var decision = LicenceDecision.Record(Unit.UnitId, Licensing, Application(), On(Today));
        Assert.Equal(("330217001000", "《食品安全法》第三十五条；南市监规〔2026〕2号第三条"), (decision.PowerCode, decision.LegalBasis));
        Refused("ENF-10", () => LicenceDecision.Record(Unit.UnitId, Power(), Application(), On(Today)));
        Refused("ENF-1", () => LicenceDecision.Record("another-unit", Licensing, Application(), On(Today)));
        Refused("ENF-1", () => LicenceDecision.Record(Unit.UnitId, Licensing, Application(received: -800, decided: -700), On(Today)));
    }

    [Fact]
    public void ENF_10_a_licence_is_decided_after_it_was_received_and_not_in_the_future_and_a_refusal_gives_reasons()
    {
        Refused("ENF-10", () => LicenceDecision.Record(Unit.UnitId, Licensing, Application(received: -1, decided: -2), On(Today)));
        Refused("ENF-10", () => LicenceDecision.Record(Unit.UnitId, Licensing, Application(decided: 1), On(Today)));
        Refused("ENF-10", () => LicenceDecision.Record(Unit.UnitId, Licensing, Application(LicenceOutcome.Refused, " "), On(Today)));
        Refused("ENF-10", () => LicenceDecision.Record(Unit.UnitId, Licensing, Application(LicenceOutcome.PartlyGranted), On(Today)));
        Assert.Equal(LicenceOutcome.Refused, LicenceDecision.Record(Unit.UnitId, Licensing, Application(LicenceOutcome.Refused, "条件不符", received: 0), On(Today)).Outcome);
    }

    [Fact]
    public void ENF_10_licence_decisions_are_counted_by_outcome()
    {
        Assert.Equal(new LicenceTally(4, 2, 1, 1), LicenceTally.Of([LicenceOutcome.Granted, LicenceOutcome.Refused, LicenceOutcome.PartlyGranted, LicenceOutcome.Granted]));
        Assert.Equal(new LicenceTally(0, 0, 0, 0), LicenceTally.Of([]));
    }
}
