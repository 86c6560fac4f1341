namespace RuleOfLaw.Decisions.Domain;

/// <summary>专家论证意见 (DEC-4): written and signed by an expert who declared no direct interest.</summary>
public sealed class ExpertOpinion
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Expert { get; init; }

    public required string Field { get; init; }

    /// <summary>The expert's declaration: no direct interest in the decision.</summary>
    public required string InterestDeclaration { get; init; }

    public required string Opinion { get; init; }

    public required string SignedBy { get; init; }

    public DateOnly SignedOn { get; init; }
}
