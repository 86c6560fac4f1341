namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>
/// A case was flagged for supervision: <see cref="Kind"/> is BasisNotInForce (ENF-1),
/// ReconsiderationOutcome (REC-7), DecisionOverdue (ENF-4) or PenaltyOutlier (ENF-6: outside the spread of like decisions); <see cref="Detail"/> says why.
/// </summary>
public sealed record EnforcementCaseFlagged : IntegrationEvent
{
    public required string Kind { get; init; }

    public required string Detail { get; init; }
}
