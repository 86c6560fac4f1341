namespace RuleOfLaw.Contracts.Reconsideration;

/// <summary>
/// A litigation, petition or compensation record needs supervision. <see cref="Procedure"/> is Litigation (REC-10),
/// Petition (REC-11) or Compensation (REC-12); <see cref="Kind"/> is, for example, DefenceOverdue, CaseLost,
/// RoutingOverdue, PetitionOverdue or DecisionOverdue. <see cref="ConcernedUnitId"/> is the unit the record concerns.
/// </summary>
public sealed record RemedyCaseFlagged : IntegrationEvent
{
    public required string Procedure { get; init; }

    public required string Kind { get; init; }

    public string? ConcernedUnitId { get; init; }

    public string? Detail { get; init; }
}
