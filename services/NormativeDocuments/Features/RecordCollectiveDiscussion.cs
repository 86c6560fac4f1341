using RuleOfLaw.Procedures.Meeting;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>集体讨论 (DOC-4): the meeting's decision with its minutes; members' positions are optional for a document.</summary>
internal static class RecordCollectiveDiscussion
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapPost("/{id:guid}/collective-discussion", (Guid id, CollectiveMeetingRequest request, DocumentCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (d, c) => d.Decide(
                CollectiveMeeting.Record(
                    request.MeetingDate, request.MeetingType, request.Outcome, request.Minutes, request.ToPositions(), request.HeadReason,
                    request.LegalOfficeHeadAttended, structuredMinutesRequired: false, DocumentRules.Doc4),
                c.Now), ct))
        .Validate<CollectiveMeetingRequest>()
        .WithRequestExample(Examples.Discussion)
        .ForOwnUnit<NormativeDocument>(Roles.UnitStaff, Roles.UnitHead)
        .AnswersStep<DocumentResponse>()
        .WithName("RecordCollectiveDiscussion")
        .WithSummary("Records the executive or leadership meeting's decision, held (dated from the review's conclusion to today), with members' positions when given; an unreviewed or unlawful draft cannot go there (DOC-3, DOC-4).");
}
