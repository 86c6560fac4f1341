namespace RuleOfLaw.Decisions.Domain;

/// <summary>What an evaluation decides for the decision's execution (DEC-10).</summary>
public enum EvaluationResult
{
    Continue,
    Adjust,
    Suspend,
    Stop,
}
