namespace RuleOfLaw.NormativeDocuments.Domain;

public enum ObjectionStatus
{
    Submitted,
    Upheld,
    Rejected,
}
