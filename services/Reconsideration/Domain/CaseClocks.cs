namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>The kinds of statutory clock a case runs; the sweeper fires them on their own.</summary>
public static class CaseClocks
{
    public const string RecordType = nameof(ReconsiderationCase);

    /// <summary>REC-2: accept within 5 working days, or the case is deemed accepted.</summary>
    public const string Acceptance = "acceptance";

    /// <summary>REC-2: the applicant corrects within 10 days, or the application is deemed abandoned.</summary>
    public const string Correction = "correction";

    /// <summary>REC-3: the copy to the respondent.</summary>
    public const string Copy = "copy";

    /// <summary>REC-3: the respondent's answer.</summary>
    public const string Answer = "answer";

    /// <summary>REC-6: the decision.</summary>
    public const string Decision = "decision";

    /// <summary>REC-7: the respondent's compliance.</summary>
    public const string Compliance = "compliance";
}
