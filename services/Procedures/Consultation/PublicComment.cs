namespace RuleOfLaw.Procedures.Consultation;

/// <summary>A public comment on a draft, anonymous or signed, with the unit's disposition once it has one.</summary>
public sealed class PublicComment
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The draft (decision or document) commented on.</summary>
    public Guid RecordId { get; init; }

    /// <summary>Null for an anonymous comment.</summary>
    public string? Author { get; init; }

    public required string Content { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public CommentDisposition? Disposition { get; set; }

    public string? DispositionReason { get; set; }
}
