namespace RuleOfLaw.Decisions.Domain;

/// <summary>决策后评估 (DEC-10) by a unit that did not do the main pre-decision assessment.</summary>
public sealed class Evaluation
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public EvaluationTrigger Trigger { get; init; }

    public required string EvaluatorUnitId { get; init; }

    public required string Evaluator { get; init; }

    public required string Findings { get; init; }

    public EvaluationResult Result { get; init; }

    /// <summary>An adjustment large enough to need a new procedure (linked by <see cref="NewProcedureId"/>).</summary>
    public bool MajorAdjustment { get; init; }

    /// <summary>The evaluation found a major loss (DEC-11: accountability follows).</summary>
    public bool MajorLoss { get; init; }

    public Guid? NewProcedureId { get; set; }

    public DateOnly EvaluatedOn { get; init; }
}
