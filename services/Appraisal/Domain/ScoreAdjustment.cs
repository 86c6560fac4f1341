namespace RuleOfLaw.Appraisal.Domain;

/// <summary>A manual adjustment of one unit's score on one level-3 indicator, with its reason and who made it (APP-2).</summary>
public sealed class ScoreAdjustment
{
    private ScoreAdjustment()
    {
    }

    public Guid Id { get; private init; }

    public Guid CycleId { get; private init; }

    public string UnitId { get; private init; } = "";

    public string IndicatorCode { get; private init; } = "";

    /// <summary>Points added to (or, negative, taken from) the computed score; the result stays within 0 … 100.</summary>
    public decimal Points { get; private init; }

    public string Reason { get; private init; } = "";

    public string Actor { get; private init; } = "";

    public DateTimeOffset At { get; private init; }

    internal static ScoreAdjustment Of(Guid cycleId, string unitId, string indicatorCode, decimal points, string reason, string actor, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        CycleId = cycleId,
        UnitId = unitId,
        IndicatorCode = indicatorCode,
        Points = points,
        Reason = reason,
        Actor = actor,
        At = at,
    };
}
