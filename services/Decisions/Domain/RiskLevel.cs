namespace RuleOfLaw.Decisions.Domain;

/// <summary>The level a risk report concludes (DEC-5).</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
