namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>One version of a document's text; amendments add versions, none is ever overwritten (DOC-12).</summary>
public sealed class DocumentVersion
{
    public int Number { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? Reason { get; init; }
}

/// <summary>A public comment on a draft (DOC-2), anonymous or signed, with the unit's disposition.</summary>
public sealed class PublicComment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Null for an anonymous comment.</summary>
    public string? Author { get; init; }

    public required string Content { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public CommentDisposition? Disposition { get; set; }

    public string? DispositionReason { get; set; }
}

/// <summary>合法性审核意见 (DOC-3). Init-only properties: EF binds an owned checklist only through setters.</summary>
public sealed record LegalityReview
{
    public DateOnly SubmittedOn { get; init; }

    public DateOnly DueOn { get; init; }

    public LegalityChecklist? Checklist { get; init; }

    public LegalityConclusion? Conclusion { get; init; }

    public string? Opinion { get; init; }

    public string? Reviewer { get; init; }

    public DateTimeOffset? ConcludedAt { get; init; }
}

/// <summary>集体讨论 (DOC-4).</summary>
public sealed record CollectiveDiscussion(DateOnly MeetingDate, MeetingType MeetingType, MeetingOutcome Outcome, string Minutes);

/// <summary>A clause whose application is suspended after an incidental review found it unlawful (DOC-14).</summary>
public sealed record SuspendedClause(string Clause, string Reason, DateOnly Since);
