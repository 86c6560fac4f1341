namespace RuleOfLaw.NormativeDocuments.Domain;

public enum CleanupStatus
{
    Open,
    Published,
}
