using RuleOfLaw.Appraisal.Domain;
using RuleOfLaw.Appraisal.Features;

namespace RuleOfLaw.Appraisal.Tests;

/// <summary>A scheme naming every computation of the catalogue, for domain and HTTP tests alike.</summary>
internal static class Schemes
{
    public const int Year = 2026;

    public static readonly IReadOnlyList<Indicator> Full =
    [
        new("A", "依法决策与制度建设", 1, null, 50, null),
        new("A1", "决策与文件", 2, "A", 100, null),
        new("A1a", "会前合法性审核率", 3, "A1", 30, Computation.LegalityReviewBeforeMeeting),
        new("A1b", "按时备案率", 3, "A1", 40, Computation.DocumentsFiledOnTime),
        new("A1c", "法定期限超期", 3, "A1", 30, Computation.StatutoryClocksMissed),
        new("B", "执法与监督", 1, null, 50, null),
        new("B1", "复议与应诉", 2, "B", 60, null),
        new("B1a", "复议纠错率", 3, "B1", 40, Computation.ReconsiderationCorrectionRate),
        new("B1b", "负责人出庭应诉率", 3, "B1", 40, Computation.HeadCourtAppearanceRate),
        new("B1c", "复议决定履行超期", 3, "B1", 20, Computation.OverdueCompliance),
        new("B2", "执法质量", 2, "B", 40, null),
        new("B2a", "案卷评查平均分", 3, "B2", 100, Computation.CaseFileReviewAverage),
    ];

    public static CreateCycleRequest Request(IReadOnlyList<Indicator>? indicators = null, int year = Year) => new(
        year, $"{year}年度依法行政考核", [.. (indicators ?? Full).Select(i => new IndicatorRequest(i.Code, i.Name, i.Level, i.ParentCode, i.Weight, i.Computation))]);

    /// <summary>The scheme with one indicator's weight changed.</summary>
    public static IReadOnlyList<Indicator> WithWeight(string code, int weight) => [.. Full.Select(i => i.Code == code ? i with { Weight = weight } : i)];
}
