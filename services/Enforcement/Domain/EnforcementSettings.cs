namespace RuleOfLaw.Enforcement.Domain;

/// <summary>The district's enforcement settings: the <c>Enforcement</c> configuration section.</summary>
public sealed class EnforcementSettings
{
    /// <summary>
    /// ENF-4: the most days the head of the organ may add, once, to a complex case's 90-day decision
    /// period. 处罚法 Art 60 leaves the extension to laws, regulations and rules; the common bound in
    /// the rules on penalty procedure (e.g. 市场监督管理行政处罚程序规定 Art 64) is 30 days.
    /// </summary>
    public int DecisionExtensionDays { get; set; } = 30;
}
