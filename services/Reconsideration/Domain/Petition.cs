using RuleOfLaw.Contracts.Reconsideration;

namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>
/// 信访事项 — a petition (REC-11): registered, routed to the competent unit within 15 days or, when it belongs in
/// reconsideration or court, redirected there with the route named; a routed petition is finished within 60 days,
/// extendable once by at most 30 with a reason. Missed periods are flagged. The unit it is routed to reads it.
/// </summary>
public sealed class Petition : ClockedRecord<PetitionStatus>, IConcernsUnit
{
    private Petition()
    {
    }

    public string Petitioner { get; private init; } = "";

    public string Matter { get; private init; } = "";

    public DateOnly ReceivedOn { get; private init; }

    /// <summary>The unit the petition was routed to.</summary>
    public string? ConcernedUnitId { get; private set; }

    public DateOnly? RoutedOn { get; private set; }

    public PetitionRoute? RedirectedTo { get; private set; }

    /// <summary>The route named to the petitioner, e.g. 向南城区人民政府申请行政复议.</summary>
    public string? RouteNamed { get; private set; }

    public int? ExtensionDays { get; private set; }

    public string? ExtensionReason { get; private set; }

    public DateOnly? FinishedOn { get; private set; }

    public string? Reply { get; private set; }

    public bool RoutingOverdue { get; private set; }

    public bool HandlingOverdue { get; private set; }

    public static Petition Register(string organUnitId, string petitioner, string matter, DateOnly receivedOn, CommandTime time)
    {
        ReconsiderationRules.Rec11.Require(receivedOn <= time.Today, "信访事项应当在收到后登记。", "A petition is registered once received.");
        var petition = new Petition { UnitId = organUnitId, Petitioner = petitioner, Matter = matter, ReceivedOn = receivedOn };
        petition.StartClock(RemedyClocks.Routing, ReconsiderationRules.Rec11, receivedOn, ReconsiderationRules.PetitionRoutingDays, PeriodUnit.CalendarDays, time);
        petition.Begin(PetitionStatus.Registered, time.Now, $"received {receivedOn:yyyy-MM-dd}");
        petition.Raise(new RemedyCaseRegistered { OccurredAt = time.Now, UnitId = organUnitId, RecordId = petition.Id, Procedure = "Petition", RegisteredOn = receivedOn });
        return petition;
    }

    /// <summary>转送交办 (REC-11): to the competent unit; the 60-day clock starts.</summary>
    public void Route(string unitId, DateOnly on, CommandTime time)
    {
        RequireRegistered("分办", "routed");
        RequireOnOrAfter(ReconsiderationRules.Rec11, on, ReceivedOn, "收到之日", "receipt");
        RoutedOn = on;
        ConcernedUnitId = unitId;
        Stop(RemedyClocks.Routing, time.Now, "routed");
        StartClock(RemedyClocks.PetitionHandling, ReconsiderationRules.Rec11, on, ReconsiderationRules.PetitionDays, PeriodUnit.CalendarDays, time);
        TransitionTo(PetitionStatus.Routed, time.Now, $"routed to {unitId} on {on:yyyy-MM-dd}");
    }

    /// <summary>导入法定途径 (REC-11): the matter belongs in reconsideration or court; the petitioner is told the route.</summary>
    public void Redirect(PetitionRoute route, string routeNamed, DateOnly on, CommandTime time)
    {
        RequireRegistered("引导至其他法定途径", "redirected");
        ReconsiderationRules.Rec11.Require(Enum.IsDefined(route), "应当为行政复议或者行政诉讼。", "Reconsideration or litigation.");
        RequireOnOrAfter(ReconsiderationRules.Rec11, on, ReceivedOn, "收到之日", "receipt");
        RoutedOn = on;
        RedirectedTo = route;
        RouteNamed = routeNamed;
        Stop(null, time.Now, "redirected");
        TransitionTo(PetitionStatus.Redirected, time.Now, $"redirected to {route}: {routeNamed}");
        Conclude(PetitionStatus.Redirected, on, late: on > ClockOf(RemedyClocks.Routing)!.DueDate, routeNamed, time);
    }

    /// <summary>延期 (REC-11): once, by at most 30 days, with a reason; the clock moves.</summary>
    public void Extend(int days, string reason, CommandTime time)
    {
        ReconsiderationRules.Rec11.Require(Status == PetitionStatus.Routed, $"只有已受理分办的信访事项可以延长办理期限；当前状态为 {Status}。", $"Only a routed petition is extended; it is {Status}.");
        ReconsiderationRules.Rec11.Require(ExtensionDays is null, "信访事项的办理期限只能延长一次。", "A petition is extended once.");
        ReconsiderationRules.Rec11.Require(days is > 0 and <= ReconsiderationRules.MaxPetitionExtensionDays, $"延长期限不得超过 {ReconsiderationRules.MaxPetitionExtensionDays} 日。", $"An extension is at most {ReconsiderationRules.MaxPetitionExtensionDays} days.");
        var clock = ClockOf(RemedyClocks.PetitionHandling)!;
        ReconsiderationRules.Rec11.Require(clock.Status == ClockStatus.Running, "办理期限已经届满，不得事后延长。", "The period has already run out; it is not extended afterwards.");
        clock.Extend(days, time.Calendar, time.Now, reason);
        ExtensionDays = days;
        ExtensionReason = reason;
        Note(time.Now, $"extended by {days} days to {clock.DueDate:yyyy-MM-dd}: {reason}");
    }

    /// <summary>办结 (REC-11): the competent unit answered; late when after the (extended) period.</summary>
    public void Finish(DateOnly on, string reply, CommandTime time)
    {
        ReconsiderationRules.Rec11.Require(Status == PetitionStatus.Routed, $"信访事项应当在受理分办后办结；当前状态为 {Status}。", $"A petition is finished once routed; it is {Status}.");
        RequireOnOrAfter(ReconsiderationRules.Rec11, on, RoutedOn!.Value, "分办之日", "the routing");
        FinishedOn = on;
        Reply = reply;
        var late = on > ClockOf(RemedyClocks.PetitionHandling)!.DueDate;
        Stop(null, time.Now, "finished");
        TransitionTo(PetitionStatus.Finished, time.Now, late ? $"finished late on {on:yyyy-MM-dd}" : $"finished on {on:yyyy-MM-dd}");
        Conclude(PetitionStatus.Finished, on, late, null, time);
    }

    /// <summary>REC-11: not routed within 15 days.</summary>
    public void MarkRoutingOverdue(DateTimeOffset now)
    {
        if (Status != PetitionStatus.Registered)
        {
            return;
        }

        RoutingOverdue = true;
        Note(now, $"not routed within {ReconsiderationRules.PetitionRoutingDays} days");
        Flag("RoutingOverdue", now);
    }

    /// <summary>REC-11: not finished within the (extended) period.</summary>
    public void MarkHandlingOverdue(DateTimeOffset now)
    {
        if (Status != PetitionStatus.Routed)
        {
            return;
        }

        HandlingOverdue = true;
        Note(now, "not finished within the period");
        Flag("PetitionOverdue", now);
    }

    private void Conclude(PetitionStatus outcome, DateOnly on, bool late, string? route, CommandTime time) =>
        Raise(new RemedyCaseConcluded
        {
            OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, Procedure = "Petition", ConcernedUnitId = ConcernedUnitId, Outcome = outcome.ToString(), ConcludedOn = on, Late = late, Route = route,
        });

    private void Flag(string kind, DateTimeOffset now) =>
        Raise(new RemedyCaseFlagged { OccurredAt = now, UnitId = UnitId, RecordId = Id, Procedure = "Petition", Kind = kind, ConcernedUnitId = ConcernedUnitId });

    private void RequireRegistered(string actionChinese, string action) =>
        ReconsiderationRules.Rec11.Require(Status == PetitionStatus.Registered, $"信访事项只能在登记后{actionChinese}一次；当前状态为 {Status}。", $"A petition is {action} once, from registration; it is {Status}.");
}
