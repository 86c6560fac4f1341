namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record IncidentalReviewResponse(
    Guid Id, Guid CaseId, string DocumentNumber, Guid? DocumentId, IReadOnlyList<string> Clauses, string Grounds, DateOnly ReceivedOn,
    IncidentalReviewStatus Status, string? IssuerAnswer, IReadOnlyList<string> SuspendedClauses, string? TransferredTo, string? Reasoning)
{
    public static IncidentalReviewResponse From(IncidentalReview r) =>
        new(r.Id, r.CaseId, r.DocumentNumber, r.DocumentId, r.Clauses, r.Grounds, r.ReceivedOn, r.Status, r.IssuerAnswer, r.SuspendedClauses, r.TransferredTo, r.Reasoning);

    /// <summary>
    /// The review as <paramref name="view"/> shows it: the issuing unit's answer and the reasoning are
    /// process information until the review is decided or transferred (DOC-14).
    /// </summary>
    public static IncidentalReviewResponse From(IncidentalReview r, RecordView view) =>
        view == RecordView.Full || r.Status is IncidentalReviewStatus.Concluded or IncidentalReviewStatus.Transferred or IncidentalReviewStatus.DocumentNotFound
            ? From(r)
            : From(r) with { IssuerAnswer = null, Reasoning = null };
}
