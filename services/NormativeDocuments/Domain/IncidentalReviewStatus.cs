namespace RuleOfLaw.NormativeDocuments.Domain;

public enum IncidentalReviewStatus
{
    Received,
    AwaitingIssuerAnswer,
    Concluded,
    Transferred,
    DocumentNotFound,
}
