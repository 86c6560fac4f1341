namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>
/// A case was flagged for supervision: <see cref="Kind"/> is BasisNotInForce (ENF-1),
/// ReconsiderationOutcome (REC-7) or DecisionOverdue (ENF-4); <see cref="Detail"/> says why.
/// </summary>
public sealed record EnforcementCaseFlagged : IntegrationEvent
{
    public required string Kind { get; init; }

    public required string Detail { get; init; }
}
