namespace RuleOfLaw.Contracts.Appraisal;

/// <summary>
/// 考核结果公布 — a cycle's results were published (APP-3): one event per appraised unit, whose id is <see cref="IntegrationEvent.UnitId"/>;
/// the record is the cycle. The performance office and the personnel department take the result and the commendation from it.
/// </summary>
[PublicEvent]
public sealed record AppraisalResultPublished : IntegrationEvent
{
    public required int Year { get; init; }

    public required decimal Total { get; init; }

    /// <summary>1 for the best total; units with the same total share a rank.</summary>
    public required int Rank { get; init; }

    /// <summary>How many units the cycle ranked.</summary>
    public required int Units { get; init; }

    /// <summary>Commended, Passed or Failed.</summary>
    public required string Outcome { get; init; }

    public required DateOnly PublishedOn { get; init; }
}

/// <summary>责令限期整改 — a unit under the pass mark was ordered to rectify by <see cref="DueOn"/> (APP-3); the record is the rectification.</summary>
public sealed record RectificationOrdered : IntegrationEvent
{
    public required Guid CycleId { get; init; }

    public required int Year { get; init; }

    public required decimal Total { get; init; }

    public required decimal PassMark { get; init; }

    public required DateOnly OrderedOn { get; init; }

    public required DateOnly DueOn { get; init; }
}

/// <summary>整改完成 — the appraisal administrator found a unit's rectification done (APP-3); <see cref="ReportedLate"/> when reported after the deadline.</summary>
public sealed record RectificationCompleted : IntegrationEvent
{
    public required Guid CycleId { get; init; }

    public required int Year { get; init; }

    public required DateOnly ReportedOn { get; init; }

    public required DateOnly CompletedOn { get; init; }

    public required bool ReportedLate { get; init; }
}

/// <summary>法治政府建设年度报告 — a unit filed its yearly report on law-based administration in the cycle (APP-4).</summary>
public sealed record AnnualReportFiled : IntegrationEvent
{
    public required Guid CycleId { get; init; }

    public required int Year { get; init; }

    public required string Title { get; init; }

    public required DateOnly FiledOn { get; init; }

    /// <summary>Who the report goes to, e.g. 区委, 区人大常委会, 市人民政府.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }
}
