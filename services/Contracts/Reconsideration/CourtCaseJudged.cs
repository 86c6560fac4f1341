namespace RuleOfLaw.Contracts.Reconsideration;

/// <summary>
/// A court judged a case against <see cref="DefendantUnitId"/> (REC-10). <see cref="Outcome"/> is Upheld, Revoked,
/// PerformanceOrdered, ConfirmedUnlawful, Dismissed or Withdrawn; <see cref="Lost"/> when the judgment went
/// against the unit. <see cref="Hearings"/> and <see cref="HeadAppearances"/> count the case's hearings and those
/// the unit's head attended.
/// </summary>
public sealed record CourtCaseJudged : IntegrationEvent
{
    public required string DefendantUnitId { get; init; }

    public required string CourtCaseNumber { get; init; }

    public required string Outcome { get; init; }

    public required DateOnly JudgedOn { get; init; }

    public required bool Lost { get; init; }

    public required int Hearings { get; init; }

    public required int HeadAppearances { get; init; }
}
