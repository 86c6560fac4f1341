namespace RuleOfLaw.Contracts.Reconsideration;

/// <summary>
/// A reconsideration case needs supervision: <see cref="Kind"/> is DecisionOverdue (REC-6), ComplianceOverdue
/// (REC-7) or MajorCase (REC-8, reported).
/// </summary>
public sealed record ReconsiderationCaseFlagged : IntegrationEvent
{
    public required string Kind { get; init; }

    public required string RespondentUnitId { get; init; }

    public string? Detail { get; init; }
}
