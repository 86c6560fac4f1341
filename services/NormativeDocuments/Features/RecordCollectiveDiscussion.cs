namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>集体讨论 (DOC-4): the meeting's decision with its minutes; members' positions are optional for a document.</summary>
internal static class RecordCollectiveDiscussion
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapStep("/{id:guid}/collective-discussion", Examples.Discussion, (d, request, c) => d.Decide(request.ToMeeting(structuredMinutesRequired: false, DocumentRules.Doc4), c.Now))
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DocumentResponse>()
        .WithName("RecordCollectiveDiscussion")
        .WithSummary("Records the executive or leadership meeting's decision, held (dated from the review's conclusion to today), with members' positions when given; an unreviewed or unlawful draft cannot go there (DOC-3, DOC-4).");
}
