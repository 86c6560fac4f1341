using RuleOfLaw.Appraisal.Domain;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>The request examples the OpenAPI document shows, one per request type.</summary>
internal static class Examples
{
    public static readonly CreateCycleRequest CreateCycle = new(2026, "2026年度依法行政考核",
    [
        new IndicatorRequest("A", "依法决策", 1, null, 40, null),
        new IndicatorRequest("A1", "决策程序", 2, "A", 100, null),
        new IndicatorRequest("A1a", "会前合法性审核率", 3, "A1", 100, Computation.LegalityReviewBeforeMeeting),
        new IndicatorRequest("B", "规范性文件与执法", 1, null, 60, null),
        new IndicatorRequest("B1", "备案与期限", 2, "B", 50, null),
        new IndicatorRequest("B1a", "按时备案率", 3, "B1", 60, Computation.DocumentsFiledOnTime),
        new IndicatorRequest("B1b", "法定期限超期", 3, "B1", 40, Computation.StatutoryClocksMissed),
        new IndicatorRequest("B2", "复议与应诉", 2, "B", 50, null),
        new IndicatorRequest("B2a", "复议纠错率", 3, "B2", 50, Computation.ReconsiderationCorrectionRate),
        new IndicatorRequest("B2b", "负责人出庭应诉率", 3, "B2", 50, Computation.HeadCourtAppearanceRate),
    ]);

    public static readonly AdjustScoreRequest AdjustScore = new("district-market-regulation", "B1a", -5m, "备案材料经核查存在补报情形，扣5分");
}
