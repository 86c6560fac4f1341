namespace RuleOfLaw.Contracts.Reconsideration;

/// <summary>
/// 复议决定 — a reconsideration case (<see cref="IntegrationEvent.RecordId"/>) was decided (REC-6).
/// <see cref="Outcome"/> is Varied, Revoked, ConfirmedUnlawful, PerformanceOrdered, ConfirmedVoid,
/// Upheld, Rejected, Mediated or Withdrawn. Where the contested act is an enforcement decision,
/// <see cref="EnforcementCaseId"/> names its case, so enforcement marks it (REC-7).
/// </summary>
public sealed record ReconsiderationDecided : IntegrationEvent
{
    public required string Outcome { get; init; }

    public required DateOnly DecidedOn { get; init; }

    /// <summary>The respondent unit whose act was contested.</summary>
    public required string RespondentUnitId { get; init; }

    public Guid? EnforcementCaseId { get; init; }

    public string? Reasoning { get; init; }
}
