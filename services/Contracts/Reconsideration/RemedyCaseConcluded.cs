namespace RuleOfLaw.Contracts.Reconsideration;

/// <summary>
/// A mediation case, petition or compensation claim ended. <see cref="Procedure"/> is Mediation, Petition or
/// Compensation; <see cref="Outcome"/> is, for mediation, AgreementReached or Failed; for a petition, Finished or
/// Redirected (with <see cref="Route"/> naming where it was sent); for a claim, Granted, PartlyGranted or Refused,
/// with <see cref="AmountClaimed"/> and <see cref="AmountDecided"/>. <see cref="Late"/> when it ended after its period.
/// </summary>
public sealed record RemedyCaseConcluded : IntegrationEvent
{
    public required string Procedure { get; init; }

    public string? ConcernedUnitId { get; init; }

    public required string Outcome { get; init; }

    public required DateOnly ConcludedOn { get; init; }

    public bool Late { get; init; }

    public string? Route { get; init; }

    public decimal? AmountClaimed { get; init; }

    public decimal? AmountDecided { get; init; }
}
