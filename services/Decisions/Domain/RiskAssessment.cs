namespace RuleOfLaw.Decisions.Domain;

/// <summary>社会稳定风险评估报告 (DEC-5).</summary>
public sealed record RiskAssessment
{
    /// <summary>The unit that did the assessment (DEC-10: it may not evaluate the decision later).</summary>
    public string AssessorUnitId { get; init; } = "";

    public List<string> RiskPoints { get; init; } = [];

    public List<string> PreventionMeasures { get; init; } = [];

    public string ContingencyPlan { get; init; } = "";

    public RiskLevel Level { get; init; }

    public bool Controllable { get; init; }

    public DateOnly AssessedOn { get; init; }
}
