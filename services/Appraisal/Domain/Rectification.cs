using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Appraisal;

namespace RuleOfLaw.Appraisal.Domain;

/// <summary>
/// 限期整改 — a unit under the pass mark, ordered with the publication of the results to rectify by a deadline (APP-3).
/// The unit reports what it did; the appraisal administrator finds it done. The deadline is a statutory clock: when it
/// runs out with no report, the rectification is flagged overdue and the missed clock is published.
/// </summary>
public sealed class Rectification : AggregateRoot<RectificationStatus>
{
    private Rectification()
    {
    }

    public Guid CycleId { get; private init; }

    public int Year { get; private init; }

    public decimal Total { get; private init; }

    public decimal PassMark { get; private init; }

    public DateOnly OrderedOn { get; private init; }

    public DateOnly DueOn { get; private init; }

    public DateOnly? ReportedOn { get; private set; }

    /// <summary>What the unit did to rectify, as it reported it.</summary>
    public string? Measures { get; private set; }

    /// <summary>The deadline ran out before the report: flagged.</summary>
    public bool Overdue { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public string? Opinion { get; private set; }

    /// <summary>APP-3: ordered on the day the results are published; the clock runs <paramref name="days"/> from it.</summary>
    internal static Rectification Order(AppraisalCycle cycle, UnitResult result, DateOnly orderedOn, int days, CommandTime time)
    {
        var id = Guid.CreateVersion7();
        var clock = StatutoryClock.Start(AppraisalClocks.RecordType, id, result.UnitId, AppraisalClocks.Rectification, AppraisalRules.App3.Id, orderedOn, days, PeriodUnit.CalendarDays, time.Calendar, time.Now);
        var rectification = new Rectification
        {
            Id = id, UnitId = result.UnitId, CycleId = cycle.Id, Year = cycle.Year, Total = result.Total, PassMark = cycle.PassMark, OrderedOn = orderedOn, DueOn = clock.DueDate,
        };
        rectification.ClockChanges.Start(clock);
        rectification.Begin(RectificationStatus.Ordered, time.Now, $"{result.Total} under the pass mark {cycle.PassMark} of {cycle.Year}: rectify by {clock.DueDate:yyyy-MM-dd}");
        rectification.Raise(new RectificationOrdered
        {
            OccurredAt = time.Now, UnitId = result.UnitId, RecordId = id, CycleId = cycle.Id, Year = cycle.Year, Total = result.Total, PassMark = cycle.PassMark,
            OrderedOn = orderedOn, DueOn = clock.DueDate,
        });
        return rectification;
    }

    /// <summary>APP-3: the unit reports what it did; the clock stops (a report after the deadline is recorded late).</summary>
    public void Report(DateOnly on, string measures, CommandTime time)
    {
        RequireStatus(RectificationStatus.Ordered, "整改应当在下达整改通知后报告，且只报告一次。", "A rectification is reported once it is ordered, and once.");
        AppraisalRules.App3.Require(on >= OrderedOn, $"{on:yyyy-MM-dd} 早于整改通知日期 {OrderedOn:yyyy-MM-dd}。", $"{on:yyyy-MM-dd} is before the order on {OrderedOn:yyyy-MM-dd}.");
        AppraisalRules.App3.Require(on <= time.Today, "整改报告应当在实际提交之日记录，不得提前记录。", "A report is recorded on the day it was made, not ahead.");
        ReportedOn = on;
        Measures = measures;
        ClockChanges.StepTaken(AppraisalClocks.Rectification, time.Now);
        TransitionTo(RectificationStatus.Reported, time.Now, on <= DueOn ? $"reported on {on:yyyy-MM-dd}" : $"reported late on {on:yyyy-MM-dd} (due {DueOn:yyyy-MM-dd})");
    }

    /// <summary>APP-3: the appraisal administrator finds the reported rectification done.</summary>
    public void Complete(DateOnly on, string opinion, CommandTime time)
    {
        RequireStatus(RectificationStatus.Reported, "只有已报告的整改可以认定完成。", "Only a reported rectification is found done.");
        AppraisalRules.App3.Require(on >= ReportedOn!.Value, $"{on:yyyy-MM-dd} 早于整改报告日期 {ReportedOn:yyyy-MM-dd}。", $"{on:yyyy-MM-dd} is before the report on {ReportedOn:yyyy-MM-dd}.");
        AppraisalRules.App3.Require(on <= time.Today, "整改认定应当在实际作出之日记录，不得提前记录。", "A finding is recorded on the day it was made, not ahead.");
        CompletedOn = on;
        Opinion = opinion;
        TransitionTo(RectificationStatus.Completed, time.Now, $"done on {on:yyyy-MM-dd}: {opinion}");
        Raise(new RectificationCompleted
        {
            OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, CycleId = CycleId, Year = Year, ReportedOn = ReportedOn.Value, CompletedOn = on, ReportedLate = ReportedOn > DueOn,
        });
    }

    /// <summary>APP-3: the deadline ran out with no report: flagged (the clock publishes the miss).</summary>
    public void MarkOverdue(DateTimeOffset now)
    {
        if (Status != RectificationStatus.Ordered || Overdue)
        {
            return;
        }

        Overdue = true;
        RecordChange(Status.ToString(), Status.ToString(), now, $"overdue: no report by {DueOn:yyyy-MM-dd}");
    }

    private void RequireStatus(RectificationStatus expected, string chinese, string message) =>
        AppraisalRules.App3.Require(Status == expected, $"{chinese}整改当前状态为 {Status}。", $"{message} The rectification is {Status}.");
}
