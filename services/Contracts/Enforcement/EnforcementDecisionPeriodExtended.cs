namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>
/// 延长办案期限 — the head of the organ extended a complex case's decision period, once, with a reason
/// (ENF-4): the decision is now due by <see cref="ExtendedTo"/>.
/// </summary>
public sealed record EnforcementDecisionPeriodExtended : IntegrationEvent
{
    public required DateOnly ExtendedTo { get; init; }

    public required DateOnly ApprovedOn { get; init; }

    public required string ApprovedBy { get; init; }

    public required string Reason { get; init; }
}
