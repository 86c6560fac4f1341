namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>An officer's training was recorded (ENF-3); appraisal counts coverage per unit and year.</summary>
public sealed record OfficerTrained : IntegrationEvent
{
    public required string Course { get; init; }

    public required DateOnly CompletedOn { get; init; }

    public required decimal Hours { get; init; }
}
