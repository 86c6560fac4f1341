namespace RuleOfLaw.Decisions.Domain;

/// <summary>What prompted a 决策后评估 (DEC-10).</summary>
public enum EvaluationTrigger
{
    PoorEffect,
    ManyObjections,
    UnitChoice,
}
