using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.Procedures;

namespace RuleOfLaw.NormativeDocuments.Features;

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

        documents.MapLegalityReviewConclusion<NormativeDocument, LegalityChecklist, DocumentResponse>(
            "ConcludeLegalityReview", DocumentClocks.LegalityReview, Examples.Review,
            "The legal office answers every point of the DOC-1 checklist and concludes lawful, lawful with changes, or unlawful (DOC-3).");

        documents.MapCollectiveMeeting<NormativeDocument, DocumentResponse>(
            "collective-discussion", "RecordCollectiveDiscussion", DocumentRules.Doc4, structuredMinutesRequired: false, Examples.Discussion,
            "Records the executive or leadership meeting's decision, with members' positions when given; an unreviewed or unlawful draft cannot go there (DOC-3, DOC-4).");
    }
}
