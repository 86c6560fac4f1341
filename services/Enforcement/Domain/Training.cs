namespace RuleOfLaw.Enforcement.Domain;

/// <summary>One course an officer completed (ENF-3).</summary>
public sealed class Training
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string Course { get; init; } = "";

    public DateOnly CompletedOn { get; init; }

    public decimal Hours { get; init; }
}
