using RuleOfLaw.Procedures.Meeting;

namespace RuleOfLaw.Decisions.Features;

/// <summary>集体讨论决定 (DEC-8): the meeting's decision, with structured minutes.</summary>
internal static class RecordCollectiveDecision
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapPost("/{id:guid}/collective-decision", (Guid id, CollectiveMeetingRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (d, t) => d.Decide(
                CollectiveMeeting.Record(
                    request.MeetingDate, request.MeetingType, request.Outcome, request.Minutes, request.ToPositions(), request.HeadReason,
                    request.LegalOfficeHeadAttended, structuredMinutesRequired: true, DecisionRules.Dec8),
                t.Now), ct))
        .Validate<CollectiveMeetingRequest>()
        .WithRequestExample(Examples.Meeting)
        .ForOwnUnit<MajorDecision>(Roles.UnitHead)
        .AnswersStep<DecisionResponse>()
        .WithName("RecordCollectiveDecision")
        .WithSummary("Records the meeting's decision with structured minutes of a meeting held (dated from the agenda's date to today): positions in speaking order, the head last, the head's reason against the majority, the legal office head's attendance (DEC-8).");
}
