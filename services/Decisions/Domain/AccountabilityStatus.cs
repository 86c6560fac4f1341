namespace RuleOfLaw.Decisions.Domain;

/// <summary>An accountability record is recorded once and never changes (DEC-11).</summary>
public enum AccountabilityStatus
{
    Recorded,
}
