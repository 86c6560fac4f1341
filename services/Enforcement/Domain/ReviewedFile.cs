namespace RuleOfLaw.Enforcement.Domain;

/// <summary>One sampled closed case file and its score (0–100) with the findings (ENF-9).</summary>
public sealed class ReviewedFile
{
    public Guid CaseId { get; init; }

    public string UnitId { get; init; } = "";

    public int? Score { get; set; }

    public string? Findings { get; set; }
}
