using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Enforcement.Domain;
using static RuleOfLaw.Enforcement.Tests.Domain.DomainFixtures;

namespace RuleOfLaw.Enforcement.Tests.Domain;

/// <summary>Powers, the view of documents, officers' training and the penalty spread, in memory (ENF-1, ENF-3, ENF-6, ENF-8).</summary>
public sealed class RegistryDomainTests
{
    [Fact]
    public void ENF_1_a_power_is_versioned_forward_and_the_version_in_effect_depends_on_the_day()
    {
        var power = Power();
        power.Revise(new PowerVersion { Name = "修订", EffectiveFrom = Today.AddDays(10), LawBasis = "新法", Reason = "修法" }, null, At(Today));
        Assert.Equal(1, power.VersionOn(Today)!.Number);
        Assert.Equal(2, power.VersionOn(Today.AddDays(10))!.Number);
        Assert.Null(power.VersionOn(Today.AddYears(-2)));
        Assert.Equal("ENF-1", Assert.Throws<RuleViolationException>(() =>
            power.Revise(new PowerVersion { Name = "倒签", EffectiveFrom = Today.AddDays(5), LawBasis = "法", Reason = "倒签" }, null, At(Today))).RuleId);
    }

    [Fact]
    public void ENF_1_a_basis_is_flagged_when_its_document_leaves_force_or_its_clause_is_suspended()
    {
        var document = KnownDocument.Learn("南府规〔2026〕3号", Guid.NewGuid(), "district-government", At(Today));
        document.EnteredForce(Today.AddYears(-1), At(Today));
        Assert.Null(document.WhyNotReliable(null));
        document.SuspendClause("第五条", At(Today));
        Assert.NotNull(document.WhyNotReliable("第五条"));
        Assert.Null(document.WhyNotReliable("第六条"));
        document.LeftForce(Today, "Repealed", At(Today));
        document.EnteredForce(Today.AddYears(-1), At(Today)); // a late, redelivered event does not bring it back
        Assert.Equal(DocumentStanding.LeftForce, document.Standing);

        var power = Power(document.Number, "第六条", document);
        Assert.Contains("Repealed", power.BasisFlag, StringComparison.Ordinal);
        Assert.True(power.Cites(document.Number, "第六条"));
        Assert.False(power.Cites(document.Number, "第五条"));
    }

    [Fact]
    public void ENF_3_coverage_counts_the_officers_serving_in_the_year_who_trained_in_it()
    {
        var trained = Officer("张明");
        trained.RecordTraining("公共法律知识", Today, 40, At(Today));
        var untrained = Officer("李华");
        var gone = Officer("王芳");
        gone.Revoke(new DateOnly(Today.Year, 1, 1), "调离", At(Today));
        var coverage = Assert.Single(TrainingCoverage.Of([trained, untrained, gone], Today.Year));
        Assert.Equal((2, 1, 50.0m), (coverage.Officers, coverage.Trained, coverage.Percent));
    }

    [Fact]
    public void ENF_6_the_spread_gives_min_median_max_and_flags_outliers_and_overrides()
    {
        var penalties = new decimal[] { 6000, 7000, 8000, 9000, 19000 }
            .Select(a => new DecidedPenalty(Guid.NewGuid(), "u", "P1", Circumstance.Ordinary, a, false))
            .Append(new DecidedPenalty(Guid.NewGuid(), "u", "P1", Circumstance.Serious, 30000, OutsideBenchmark: true))
            .ToList();
        var spreads = PenaltySpread.Of(penalties);
        var ordinary = spreads.Single(s => s.Circumstance == Circumstance.Ordinary);
        Assert.Equal((5, 6000m, 8000m, 19000m), (ordinary.Count, ordinary.Min, ordinary.Median, ordinary.Max));
        Assert.Equal(19000m, Assert.Single(ordinary.Outliers).Amount);
        Assert.Single(spreads.Single(s => s.Circumstance == Circumstance.Serious).Outliers);
    }

    [Fact]
    public void ENF_8_a_dispute_is_between_two_units_and_resolved_once_for_one_of_them()
    {
        Assert.Throws<RuleViolationException>(() => CompetenceDispute.Register("a", "a", "事项", Today, At(Today)));
        var dispute = CompetenceDispute.Register("a", "b", "事项", Today, At(Today));
        Assert.Equal("ENF-8", Assert.Throws<RuleViolationException>(() => dispute.Resolve("c", "理由", Today, At(Today))).RuleId);
        dispute.Resolve("b", "理由", Today, At(Today));
        Assert.Equal("ENF-8", Assert.Throws<RuleViolationException>(() => dispute.Resolve("a", "理由", Today, At(Today))).RuleId);
    }
}
