namespace RuleOfLaw.Contracts.Reconsideration;

/// <summary>
/// A mediation case, petition or compensation claim was registered. <see cref="Procedure"/> is Mediation or Petition
/// (REC-11) or Compensation (REC-12); <see cref="ConcernedUnitId"/> is the unit it concerns, where already known.
/// </summary>
public sealed record RemedyCaseRegistered : IntegrationEvent
{
    public required string Procedure { get; init; }

    public string? ConcernedUnitId { get; init; }

    public required DateOnly RegisteredOn { get; init; }
}
