namespace RuleOfLaw.Contracts.Clocks;

/// <summary>
/// A statutory clock ran out before the step it guards was taken (an overdue filing, an
/// unanswered application). Published by the service that owns the record; appraisal counts them.
/// </summary>
public sealed record StatutoryDeadlineElapsed : IntegrationEvent
{
    /// <summary>The service that owns the clock, e.g. "normative-documents".</summary>
    public required string Service { get; init; }

    /// <summary>What the clock guards, e.g. "filing".</summary>
    public required string ClockKind { get; init; }

    /// <summary>The rule that sets the period, e.g. "DOC-9".</summary>
    public required string RuleId { get; init; }

    /// <summary>The last day on which the step was on time (China Standard Time).</summary>
    public required DateOnly DueDate { get; init; }
}
