using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Appraisal;

namespace RuleOfLaw.Appraisal.Domain;

/// <summary>
/// 法治政府建设年度报告 — a unit's yearly report on law-based administration, filed in the cycle of its year (APP-4).
/// The district government's report is the district-wide one. Filed reports are public.
/// </summary>
public sealed class AnnualReport : AggregateRoot
{
    private AnnualReport()
    {
    }

    public Guid CycleId { get; private init; }

    public int Year { get; private init; }

    public ReportingLevel Level { get; private init; }

    public string Title { get; private init; } = "";

    public string Text { get; private init; } = "";

    public DateOnly FiledOn { get; private init; }

    public string FiledBy { get; private init; } = "";

    public DateTimeOffset FiledAt { get; private init; }

    /// <summary>Whom the report goes to, by the unit's <see cref="Level"/> (plan §四(一)).</summary>
    public IReadOnlyList<string> Recipients => RecipientsOf(Level);

    public static IReadOnlyList<string> RecipientsOf(ReportingLevel level) => level switch
    {
        ReportingLevel.Government => ["同级党委", "同级人大常委会", "上一级人民政府"],
        _ => ["本级人民政府", "上一级人民政府有关部门"],
    };

    internal static AnnualReport File(AppraisalCycle cycle, string unitId, ReportingLevel level, string title, string text, DateOnly filedOn, string actor, CommandTime time)
    {
        AppraisalRules.App4.Require(Enum.IsDefined(level), "年度报告由人民政府或者政府部门报送。", "A government or a department files.");
        var report = new AnnualReport
        {
            UnitId = unitId, CycleId = cycle.Id, Year = cycle.Year, Level = level, Title = title, Text = text, FiledOn = filedOn, FiledBy = actor, FiledAt = time.Now,
        };
        report.RecordChange(null, "Filed", time.Now, $"filed on {filedOn:yyyy-MM-dd} to {string.Join("、", report.Recipients)}");
        report.Raise(new AnnualReportFiled
        {
            OccurredAt = time.Now, UnitId = unitId, RecordId = report.Id, CycleId = cycle.Id, Year = cycle.Year, Title = title, FiledOn = filedOn, Recipients = report.Recipients,
        });
        return report;
    }
}
