namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record TransferIncidentalReviewRequest(string Organ, string Reasoning);

internal sealed class TransferIncidentalReviewValidator : AbstractValidator<TransferIncidentalReviewRequest>
{
    public TransferIncidentalReviewValidator()
    {
        RuleFor(x => x.Organ).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Reasoning).NotEmpty().MaximumLength(20_000);
    }
}

internal static class TransferIncidentalReview
{
    public static void Map(RouteGroupBuilder incidental) =>
        incidental.MapPost("/{id:guid}/transfer", (Guid id, TransferIncidentalReviewRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(db.IncidentalReviews, id, (review, c) => review.Transfer(request.Organ.Trim(), request.Reasoning.Trim(), c.Now), IncidentalReviewResponse.From, ct))
        .Validate<TransferIncidentalReviewRequest>()
        .WithRequestExample(Examples.Transfer)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.LegalOffice, Roles.ReconsiderationOfficer)
        .WithName("TransferIncidentalReview")
        .WithSummary("Transfers the review to the competent organ (DOC-14: within 7 days).");
}
