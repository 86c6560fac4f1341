namespace RuleOfLaw.Procedures.Consultation;

/// <summary>A record that goes through public comment; each checks its own rule (DOC-2, DEC-2).</summary>
public interface IConsultedRecord
{
    PublicConsultation? Consultation { get; }

    /// <summary>The comments received; loaded with the record, except where a comment is only added.</summary>
    IReadOnlyList<PublicComment> Comments { get; }

    /// <summary>The period is open in the record's procedure (it may still have run out today).</summary>
    bool CommentPeriodRunning { get; }

    /// <summary>Whether the public sees the dispositions yet (before that, only the record's unit does).</summary>
    bool DispositionsPublic { get; }

    PublicComment Comment(string? author, string content, DateOnly today, DateTimeOffset now);

    void CloseComment(DateOnly today, DateTimeOffset now);

    void DisposeComment(Guid commentId, CommentDisposition disposition, string? reason, DateTimeOffset now);
}
