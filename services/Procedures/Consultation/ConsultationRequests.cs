using FluentValidation;

namespace RuleOfLaw.Procedures.Consultation;

public sealed record OpenConsultationRequest(DateOnly OpensOn, DateOnly ClosesOn, string? ShorterPeriodReason = null);

public sealed record SubmitCommentRequest(string? Author, string Content);

public sealed record DisposeCommentRequest(CommentDisposition Disposition, string? Reason)
{
    /// <summary>Records this disposition of the comment <paramref name="commentId"/> on <paramref name="record"/>.</summary>
    public void ApplyTo(IConsultedRecord record, Guid commentId, DateTimeOffset now) => record.DisposeComment(commentId, Disposition, Reason, now);
}

/// <summary>A comment as the public sees it: the disposition and its reason are published with it.</summary>
public sealed record CommentResponse(Guid Id, string? Author, string Content, DateTimeOffset SubmittedAt, CommentDisposition? Disposition, string? DispositionReason)
{
    public static CommentResponse From(PublicComment c) => new(c.Id, c.Author, c.Content, c.SubmittedAt, c.Disposition, c.DispositionReason);

    /// <summary>The comment without its disposition, for the public before the dispositions are published.</summary>
    public static CommentResponse WithoutDisposition(PublicComment c) => new(c.Id, c.Author, c.Content, c.SubmittedAt, null, null);
}

/// <summary>The period as a notice shows it, with the reason for a shortened period.</summary>
public sealed record ConsultationResponse(DateOnly OpensOn, DateOnly ClosesOn, string? ShorterPeriodReason, int Comments, int Undisposed, DateTimeOffset? DispositionsPublishedAt)
{
    public static ConsultationResponse? From(PublicConsultation? c, IReadOnlyCollection<PublicComment> comments) =>
        c is null ? null : new(c.OpensOn, c.ClosesOn, c.ShorterPeriodReason, comments.Count, PublicConsultation.Undisposed(comments), c.DispositionsPublishedAt);
}

internal sealed class OpenConsultationValidator : AbstractValidator<OpenConsultationRequest>
{
    public OpenConsultationValidator()
    {
        RuleFor(x => x.OpensOn).NotEmpty();
        RuleFor(x => x.ClosesOn).NotEmpty().GreaterThanOrEqualTo(x => x.OpensOn);
        RuleFor(x => x.ShorterPeriodReason).MaximumLength(2000);
    }
}

internal sealed class SubmitCommentValidator : AbstractValidator<SubmitCommentRequest>
{
    public SubmitCommentValidator()
    {
        RuleFor(x => x.Author).MaximumLength(100);
        RuleFor(x => x.Content).NotEmpty().MaximumLength(5000);
    }
}

internal sealed class DisposeCommentValidator : AbstractValidator<DisposeCommentRequest>
{
    public DisposeCommentValidator()
    {
        RuleFor(x => x.Disposition).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(2000);
    }
}
