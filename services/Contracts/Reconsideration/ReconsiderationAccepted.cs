namespace RuleOfLaw.Contracts.Reconsideration;

/// <summary>受理 — a reconsideration case was accepted (REC-2); <see cref="Deemed"/> when the 5 working days ran out with no answer.</summary>
public sealed record ReconsiderationAccepted : IntegrationEvent
{
    public required string RespondentUnitId { get; init; }

    public required DateOnly AcceptedOn { get; init; }

    public required bool Deemed { get; init; }
}
