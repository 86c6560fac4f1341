namespace RuleOfLaw.Appraisal.Features;

/// <summary>A manual adjustment as the API shows it: the points, the reason and who made it (APP-2).</summary>
public sealed record AdjustmentResponse(Guid Id, string UnitId, string IndicatorCode, decimal Points, string Reason, string Actor, DateTimeOffset At)
{
    public static AdjustmentResponse From(ScoreAdjustment a) => new(a.Id, a.UnitId, a.IndicatorCode, a.Points, a.Reason, a.Actor, a.At);
}

/// <summary>A cycle with its indicator scheme (APP-1), where it stands and its marks (APP-3).</summary>
public sealed record CycleResponse(
    Guid Id, int Year, string Name, IReadOnlyList<Indicator> Indicators, DateTimeOffset CreatedAt, string CreatedBy,
    CycleStatus Status, decimal PassMark, decimal CommendationThreshold, DateOnly? FrozenOn, DateOnly? PublishedOn)
{
    public static CycleResponse From(AppraisalCycle c) =>
        new(c.Id, c.Year, c.Name, c.Indicators, c.CreatedAt, c.CreatedBy, c.Status, c.PassMark, c.CommendationThreshold, c.FrozenOn, c.PublishedOn);
}

/// <summary>The live scores of a cycle (APP-2): per unit and level-3 indicator, each with the events that produced it, and the adjustments made.</summary>
public sealed record CycleScoresResponse(Guid CycleId, int Year, IReadOnlyList<UnitScores> Units, IReadOnlyList<AdjustmentResponse> Adjustments);
