namespace RuleOfLaw.NormativeDocuments.Domain;

public enum ReviewOutcome
{
    Passed,
    CorrectionRequired,
    RevocationRequested,
}
