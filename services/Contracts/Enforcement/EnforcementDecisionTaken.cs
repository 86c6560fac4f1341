namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>
/// 处罚决定 — a case was decided (ENF-4, ENF-5): the penalty, its circumstance and whether it lies
/// outside the published discretion range (then with the override's reason, flagged for supervision).
/// </summary>
public sealed record EnforcementDecisionTaken : IntegrationEvent
{
    public required string PowerCode { get; init; }

    public required string Circumstance { get; init; }

    public required string PenaltyKind { get; init; }

    public required decimal Amount { get; init; }

    public required DateOnly DecidedOn { get; init; }

    public required bool OutsideBenchmark { get; init; }

    public string? OverrideReason { get; init; }

    /// <summary>Whether the decision came later than 90 days after opening.</summary>
    public required bool Late { get; init; }
}
