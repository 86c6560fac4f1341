using RuleOfLaw.Appraisal.Domain;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Appraisal.Tests;

/// <summary>Fast rules of the cycle aggregate, without a database.</summary>
public sealed class AppraisalCycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void APP_1_a_three_level_scheme_whose_siblings_weigh_100_makes_a_cycle()
    {
        var cycle = AppraisalCycle.Create(Schemes.Year, "考核", Schemes.Full, "admin", Now);
        Assert.Equal(Schemes.Full, cycle.Indicators);
        Assert.Equal(Schemes.Year, cycle.Year);
    }

    [Theory]
    [InlineData("A", 60)]
    [InlineData("B1a", 50)]
    [InlineData("A1c", 0)]
    public void APP_1_siblings_weights_that_do_not_add_up_to_100_are_refused(string code, int weight)
    {
        var refused = Assert.Throws<RuleViolationException>(() => AppraisalCycle.Create(Schemes.Year, "考核", Schemes.WithWeight(code, weight), "admin", Now));
        Assert.Equal("APP-1", refused.RuleId);
        Assert.Contains("100", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APP_1_a_level_3_indicator_without_a_computation_is_refused()
    {
        var scheme = Schemes.Full.Select(i => i.Code == "A1a" ? i with { Computation = null } : i).ToList();
        Assert.Equal("APP-1", Assert.Throws<RuleViolationException>(() => AppraisalCycle.Create(Schemes.Year, "考核", scheme, "admin", Now)).RuleId);
    }

    [Fact]
    public void APP_1_a_scheme_of_two_levels_or_with_an_unknown_parent_is_refused()
    {
        Indicator[] twoLevels = [new("A", "区域", 1, null, 100, null), new("A1", "指标", 2, "A", 100, Computation.StatutoryClocksMissed)];
        Indicator[] orphan = [.. Schemes.Full, new("C1", "孤立指标", 2, "C", 100, null)];
        foreach (var scheme in new[] { twoLevels, orphan })
        {
            Assert.Equal("APP-1", Assert.Throws<RuleViolationException>(() => AppraisalCycle.Create(Schemes.Year, "考核", scheme, "admin", Now)).RuleId);
        }
    }

    [Fact]
    public void APP_2_an_adjustment_is_recorded_with_its_reason_and_actor()
    {
        var cycle = AppraisalCycle.Create(Schemes.Year, "考核", Schemes.Full, "admin", Now);
        var adjustment = cycle.Adjust("unit-a", "A1b", -5m, "补报备案材料", "appraiser-1", Now);
        Assert.Equal(("unit-a", "A1b", -5m, "补报备案材料", "appraiser-1"), (adjustment.UnitId, adjustment.IndicatorCode, adjustment.Points, adjustment.Reason, adjustment.Actor));
        Assert.Single(cycle.Adjustments);
    }

    [Theory]
    [InlineData("A1b", " ")]
    [InlineData("A1", "一级、二级指标不直接计分")]
    [InlineData("Z9", "不存在的指标")]
    public void APP_2_an_adjustment_without_a_reason_or_not_of_a_level_3_indicator_is_refused(string code, string reason)
    {
        var cycle = AppraisalCycle.Create(Schemes.Year, "考核", Schemes.Full, "admin", Now);
        Assert.Equal("APP-2", Assert.Throws<RuleViolationException>(() => cycle.Adjust("unit-a", code, 5m, reason, "appraiser-1", Now)).RuleId);
    }
}
