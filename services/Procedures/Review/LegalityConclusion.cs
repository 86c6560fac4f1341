namespace RuleOfLaw.Procedures.Review;

/// <summary>合法 / 修改后合法 / 不合法.</summary>
public enum LegalityConclusion
{
    Lawful,
    LawfulWithChanges,
    Unlawful,
}
