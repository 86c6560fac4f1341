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

    public static readonly FreezeCycleRequest Freeze = new(new DateOnly(2027, 1, 15));

    public static readonly PublishResultsRequest Publish = new(new DateOnly(2027, 2, 1));

    public static readonly ReportRectificationRequest ReportRectification = new(new DateOnly(2027, 4, 20), "已组织全局执法人员专题培训，逐件补正迟报备案的规范性文件，建立备案期限提醒制度。");

    public static readonly CompleteRectificationRequest CompleteRectification = new(new DateOnly(2027, 4, 28), "经核查，整改措施已落实到位，同意验收。");

    public static readonly FileAnnualReportRequest FileReport = new(
        "district-market-regulation", ReportingLevel.Department, "南城区市场监督管理局2026年度法治政府建设情况报告",
        "一、主要举措和成效……二、存在的不足……三、下一年度工作安排……", new DateOnly(2027, 1, 10));

    public static readonly AdjustScoreRequest AdjustScore = new("district-market-regulation", "B1a", -5m, "备案材料经核查存在补报情形，扣5分");
}
