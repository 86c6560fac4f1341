namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>The kinds of clock the service's records run: statutory deadlines and the clocks of automatic effects.</summary>
public static class DocumentClocks
{
    public const string RecordType = nameof(NormativeDocument);
    public const string CommentClose = "comment-close";
    public const string LegalityReview = "legality-review";
    public const string EntersForce = "enters-force";
    public const string ExpiryWarning = "expiry-warning";
    public const string Expiry = "expiry";
    public const string Filing = "filing";
    public const string ObjectionAnswer = "objection-answer";
    public const string IncidentalDecision = "incidental-decision";
    public const string IncidentalTransfer = "incidental-transfer";
    public const string IssuerAnswer = "issuer-answer";
}
