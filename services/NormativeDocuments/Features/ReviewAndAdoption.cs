using RuleOfLaw.BuildingBlocks.Access;
using Microsoft.Extensions.Options;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.Procedures;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>合法性审核 (DOC-1, DOC-3) and 集体讨论 (DOC-4).</summary>
internal static class ReviewAndAdoption
{
    public static void MapReviewAndAdoption(this RouteGroupBuilder documents)
    {
        documents.MapLegalityReviewSubmission<NormativeDocument, DocumentResponse>(
            "SubmitForLegalityReview", DocumentClocks.LegalityReview, DocumentRules.Doc3.Id,
            services => services.GetRequiredService<IOptions<DocumentSettings>>().Value.LegalityReviewWorkingDays,
            "Sends the draft to the legal office, once its public comment is complete (DOC-2); the review clock starts (DOC-3).", [Roles.UnitStaff, Roles.UnitHead]);

        documents.MapLegalityReviewConclusion<NormativeDocument, LegalityChecklist, DocumentResponse>(
            "ConcludeLegalityReview", DocumentClocks.LegalityReview, Examples.Review,
            "The legal office answers every point of the DOC-1 checklist and concludes lawful, lawful with changes, or unlawful (DOC-3).");

        documents.MapCollectiveMeeting<NormativeDocument, DocumentResponse>(
            "collective-discussion", "RecordCollectiveDiscussion", DocumentRules.Doc4, structuredMinutesRequired: false, Examples.Discussion,
            "Records the executive or leadership meeting's decision, held (dated from the review's conclusion to today), with members' positions when given; an unreviewed or unlawful draft cannot go there (DOC-3, DOC-4).", [Roles.UnitStaff, Roles.UnitHead]);
    }
}
