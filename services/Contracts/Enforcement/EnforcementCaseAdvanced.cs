namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>
/// A case took a step of its procedure (ENF-4): <see cref="From"/> → <see cref="To"/> (Investigating,
/// Notified, HearingRequested, HearingScheduled, HearingHeld, Reviewed, Served, Executed, Closed,
/// Archived) on <see cref="On"/>. Decisions have their own event, <see cref="EnforcementDecisionTaken"/>.
/// </summary>
public sealed record EnforcementCaseAdvanced : IntegrationEvent
{
    public required string From { get; init; }

    public required string To { get; init; }

    public required DateOnly On { get; init; }
}
