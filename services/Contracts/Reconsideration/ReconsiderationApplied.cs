namespace RuleOfLaw.Contracts.Reconsideration;

/// <summary>复议申请 — a citizen applied for reconsideration of an act of <see cref="RespondentUnitId"/> (REC-1).</summary>
public sealed record ReconsiderationApplied : IntegrationEvent
{
    public required string CaseNumber { get; init; }

    public required string RespondentUnitId { get; init; }

    public required DateOnly ReceivedOn { get; init; }

    /// <summary>Filed after the 60 days (or the year) with a recorded justified reason.</summary>
    public required bool Late { get; init; }
}
