namespace RuleOfLaw.Enforcement.Domain;

/// <summary>The kinds of statutory clock a case runs (ENF-4, ENF-7); the sweeper fires them on their own.</summary>
public static class CaseClocks
{
    public const string RecordType = nameof(EnforcementCase);

    /// <summary>ENF-4: decided within 90 days of opening.</summary>
    public const string Decision = "decision";

    /// <summary>ENF-4: served within 7 days of the decision.</summary>
    public const string Service = "service";

    /// <summary>ENF-7: a published decision altered or revoked is withdrawn within 3 days.</summary>
    public const string Withdrawal = "withdrawal";
}
