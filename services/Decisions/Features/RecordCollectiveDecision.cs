namespace RuleOfLaw.Decisions.Features;

/// <summary>集体讨论决定 (DEC-8): the meeting's decision, with structured minutes.</summary>
internal static class RecordCollectiveDecision
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/collective-decision", Examples.Meeting, (d, request, t) => d.Decide(request.ToMeeting(structuredMinutesRequired: true, DecisionRules.Dec8), t.Now))
        .ForOwnUnit<MajorDecision>(Roles.UnitHead)
        .AnswersStep<DecisionResponse>()
        .WithName("RecordCollectiveDecision")
        .WithSummary("Records the meeting's decision with structured minutes of a meeting held (dated from the agenda's date to today): positions in speaking order, the head last, the head's reason against the majority, the legal office head's attendance (DEC-8).");
}
