using FluentValidation;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record LegalityReviewRequest(LegalityChecklist Checklist, LegalityConclusion Conclusion, string Opinion, string Reviewer);

internal sealed class LegalityReviewValidator : AbstractValidator<LegalityReviewRequest>
{
    public LegalityReviewValidator()
    {
        RuleFor(x => x.Checklist).NotNull();
        RuleFor(x => x.Conclusion).IsInEnum();
        RuleFor(x => x.Opinion).NotEmpty().MaximumLength(20_000);
        RuleFor(x => x.Reviewer).NotEmpty().MaximumLength(100);
    }
}

/// <summary>合法性审核 (DOC-1, DOC-3) and 集体讨论 (DOC-4).</summary>
internal static class ReviewAndAdoption
{
    public static void MapReviewAndAdoption(this RouteGroupBuilder documents)
    {
        documents.MapPost("/{id:guid}/legality-review/submission", (Guid id, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) =>
            {
                d.SubmitForLegalityReview(c.Today, c.Calendar, c.Settings, c.Now);
                c.Start(d, StatutoryClock.Start(
                    DocumentClocks.RecordType, d.Id, d.UnitId, DocumentClocks.LegalityReview, DocumentRules.Doc3.Id,
                    c.Today, c.Settings.LegalityReviewWorkingDays, PeriodUnit.WorkingDays, c.Calendar, c.Now));
            }, ct))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("SubmitForLegalityReview")
        .WithSummary("Sends the draft to the legal office, once its public comment is complete (DOC-2); the review clock starts (DOC-3).");

        documents.MapPost("/{id:guid}/legality-review", (Guid id, LegalityReviewRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, async (d, c) =>
            {
                d.ConcludeLegalityReview(request.Checklist, request.Conclusion, request.Opinion.Trim(), request.Reviewer.Trim(), c.Now);
                await c.StopAsync(d, DocumentClocks.LegalityReview, "review concluded");
            }, ct))
        .Validate<LegalityReviewRequest>()
        .WithRequestExample(Examples.Review)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("ConcludeLegalityReview")
        .WithSummary("The legal office answers every point of the DOC-1 checklist and concludes lawful, lawful with changes, or unlawful (DOC-3).");

        documents.MapPost("/{id:guid}/collective-discussion", (Guid id, CollectiveMeetingRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.RecordDiscussion(
                CollectiveMeeting.Record(
                    request.MeetingDate, request.MeetingType, request.Outcome, request.Minutes, request.ToPositions(), request.HeadReason,
                    request.LegalOfficeHeadAttended, structuredMinutesRequired: false, DocumentRules.Doc4),
                c.Now), ct))
        .Validate<CollectiveMeetingRequest>()
        .WithRequestExample(Examples.Discussion)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("RecordCollectiveDiscussion")
        .WithSummary("Records the executive or leadership meeting's decision, with members' positions when given; an unreviewed or unlawful draft cannot go there (DOC-3, DOC-4).");
    }
}
