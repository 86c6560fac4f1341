namespace RuleOfLaw.Enforcement.Domain;

public enum DisputeStatus
{
    Registered,
    Resolved,
}
