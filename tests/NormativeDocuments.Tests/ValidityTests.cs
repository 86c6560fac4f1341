using RuleOfLaw.NormativeDocuments.Domain;

namespace RuleOfLaw.NormativeDocuments.Tests;

/// <summary>DOC-7 on the aggregate itself: which document is provisional and the last day it may be in force.</summary>
public sealed class ValidityTests
{
    private static readonly DocumentSettings Settings = new();

    private static readonly DateTimeOffset Drafted = new(2030, 3, 4, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("关于规范市场监管执法的通知", false, false)]
    [InlineData("关于规范市场监管执法的通知", true, true)]
    [InlineData("南城区涉企行政检查规范指引（试行）", false, true)]
    [InlineData("南城区涉企行政检查规范指引（暂行）", false, true)]
    [InlineData("南城区涉企行政检查规范指引(试行)", false, true)]
    [InlineData("南城区涉企行政检查规范指引(暂行)", false, true)]
    [InlineData("南城区临时建筑管理暂行办法", false, true)]
    [InlineData("南城区人才公寓配租试行办法", false, true)]
    public void DOC_7_a_document_is_provisional_when_declared_or_when_its_title_says_试行_or_暂行(string title, bool declared, bool provisional) =>
        Assert.Equal(provisional, Draft(title, declared).Provisional);

    [Fact]
    public void DOC_7_a_revised_title_decides_again_but_never_undoes_the_declaration()
    {
        var document = Draft("关于规范市场监管执法的通知", declared: false);
        document.Revise("关于规范市场监管执法的通知（试行）", "第一条", "先行试点", Drafted);
        Assert.True(document.Provisional);
        document.Revise("关于规范市场监管执法的通知", "第一条", "改为正式文件", Drafted);
        Assert.False(document.Provisional);

        var declared = Draft("关于规范市场监管执法的通知（试行）", declared: true);
        declared.Revise("关于规范市场监管执法的通知", "第一条", "改为正式文件名称", Drafted);
        Assert.True(declared.Provisional);
    }

    [Theory]
    [InlineData("2030-03-04", false, "2035-03-03")]
    [InlineData("2030-03-04", true, "2032-03-03")]
    [InlineData("2031-01-01", false, "2035-12-31")]
    [InlineData("2027-03-01", false, "2032-02-29")]
    [InlineData("2028-02-29", true, "2030-02-28")]
    public void DOC_7_force_from_the_effective_day_to_the_expiry_day_inclusive_is_at_most_N_years(string effectiveFrom, bool provisional, string latest)
    {
        var document = Draft("关于规范市场监管执法的通知", provisional);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), document.LatestExpiry(DateOnly.Parse(effectiveFrom, System.Globalization.CultureInfo.InvariantCulture), Settings));
    }

    [Fact]
    public void DOC_7_the_longest_validity_follows_the_district_settings()
    {
        var settings = new DocumentSettings { MaxValidityYears = 3, MaxProvisionalValidityYears = 1 };
        var effective = new DateOnly(2030, 6, 1);
        Assert.Equal(new DateOnly(2033, 5, 31), Draft("关于规范市场监管执法的通知", false).LatestExpiry(effective, settings));
        Assert.Equal(new DateOnly(2031, 5, 31), Draft("关于规范市场监管执法的通知（暂行）", false).LatestExpiry(effective, settings));
    }

    private static NormativeDocument Draft(string title, bool declared) =>
        NormativeDocument.Draft(
            IssuingUnit.Register("unit-validity", "测", "测试单位", ["市场监管"], Drafted), "市场监管", title, "第一条", false, false, declared, Drafted);
}
