namespace RuleOfLaw.Contracts.NormativeDocuments;

/// <summary>公开征求意见 — the draft is open for public comment until <see cref="ClosesOn"/> (DOC-2).</summary>
[PublicEvent]
public sealed record DocumentOpenedForComment : IntegrationEvent
{
    public required string Title { get; init; }

    public required DateOnly OpensOn { get; init; }

    public required DateOnly ClosesOn { get; init; }
}

/// <summary>A public comment was received on the draft (DOC-2); who wrote it and what stays with the document.</summary>
[PublicEvent]
public sealed record DocumentCommentSubmitted : IntegrationEvent
{
    public required Guid CommentId { get; init; }

    /// <summary>Whether the commenter gave no name (and was not signed in).</summary>
    public required bool Anonymous { get; init; }
}

/// <summary>合法性审核 concluded (DOC-3): Lawful, LawfulWithChanges or Unlawful.</summary>
public sealed record DocumentLegalityReviewed : IntegrationEvent
{
    public required string Conclusion { get; init; }
}

/// <summary>集体讨论 concluded (DOC-4): Adopted, Rejected or Deferred.</summary>
public sealed record DocumentDiscussed : IntegrationEvent
{
    public required string Outcome { get; init; }

    /// <summary>Whether the legality review had concluded before the meeting (appraisal counts it).</summary>
    public required bool ReviewedBeforeMeeting { get; init; }
}

/// <summary>统一编号公布 — published with its number and validity (DOC-5 … DOC-7).</summary>
[PublicEvent]
public sealed record DocumentPublished : IntegrationEvent
{
    public required string Number { get; init; }

    public required string Title { get; init; }

    public required DateOnly PublishedOn { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public required DateOnly ExpiresOn { get; init; }
}

/// <summary>The document is in force from <see cref="Since"/>.</summary>
[PublicEvent]
public sealed record DocumentEnteredForce : IntegrationEvent
{
    public required string Number { get; init; }

    public required DateOnly Since { get; init; }
}

/// <summary>The document is no longer in force from <see cref="Since"/>; <see cref="Reason"/> is Expired, Repealed or Revoked.</summary>
[PublicEvent]
public sealed record DocumentLeftForce : IntegrationEvent
{
    public required string Number { get; init; }

    public required DateOnly Since { get; init; }

    public required string Reason { get; init; }
}

/// <summary>DOC-7: the document expires on <see cref="ExpiresOn"/>; its unit should decide whether to renew it.</summary>
public sealed record DocumentExpiryApproaching : IntegrationEvent
{
    public required string Number { get; init; }

    public required DateOnly ExpiresOn { get; init; }
}

/// <summary>备案 — filed with the supervising body (DOC-9); <see cref="OnTime"/> is false after day 15.</summary>
public sealed record DocumentFiled : IntegrationEvent
{
    public required string Number { get; init; }

    public required DateOnly FiledOn { get; init; }

    public required bool OnTime { get; init; }
}

/// <summary>A clause's application is suspended (DOC-14): other services must not rely on it.</summary>
public sealed record DocumentClauseSuspended : IntegrationEvent
{
    public required string Number { get; init; }

    public required string Clause { get; init; }

    public required string Reason { get; init; }
}

/// <summary>备案审查 concluded (DOC-10): Passed, CorrectionRequired or RevocationRequested.</summary>
public sealed record DocumentReviewConcluded : IntegrationEvent
{
    public required string Number { get; init; }

    public required string Outcome { get; init; }
}

/// <summary>An objection to a published document was answered (DOC-13); the answer is public.</summary>
[PublicEvent]
public sealed record ObjectionAnswered : IntegrationEvent
{
    public required Guid DocumentId { get; init; }

    public required bool Upheld { get; init; }

    public required string Answer { get; init; }
}

/// <summary>
/// 附带审查 concluded (DOC-14), answering <see cref="Reconsideration.IncidentalReviewRequested"/>:
/// <see cref="CaseId"/> is the reconsideration case; <see cref="Outcome"/> is Lawful, Unlawful,
/// Transferred or DocumentNotFound; <see cref="SuspendedClauses"/> are the clauses no longer applied.
/// </summary>
public sealed record IncidentalReviewConcluded : IntegrationEvent
{
    public required Guid CaseId { get; init; }

    public required string DocumentNumber { get; init; }

    public required string Outcome { get; init; }

    public required IReadOnlyList<string> SuspendedClauses { get; init; }

    public string? TransferredTo { get; init; }

    public required string Reasoning { get; init; }
}
