namespace RuleOfLaw.Enforcement.Features;

/// <summary>
/// The steps of a case that record only the day they were taken, with an optional note (<see cref="StepRequest"/>);
/// each calls one method of the case, which checks the step's rules.
/// </summary>
internal static class DatedCaseSteps
{
    public static void MapHoldHearing(RouteGroupBuilder cases) =>
        cases.MapCaseStep("/{id:guid}/hearing/record", Examples.HearingHeld, (c, request, time) => c.HoldHearing(request.On, time))
        .WithName("HoldHearing")
        .WithSummary("Records that the hearing was held; a legal review is then mandatory (ENF-4).");

    public static void MapPublishDecision(RouteGroupBuilder cases) =>
        cases.MapCaseStep("/{id:guid}/publication", Examples.Publication, (c, request, time) => c.Publish(request.On, time))
        .WithName("PublishDecision")
        .WithSummary("公开: publishes the decision; if reconsideration later alters or revokes it, it is withdrawn within 3 days (ENF-7).");

    public static void MapExecuteDecision(RouteGroupBuilder cases) =>
        cases.MapCaseStep("/{id:guid}/execution", Examples.Execution, (c, request, time) => c.Execute(request.On, request.Note?.Trim() ?? "", time))
        .WithName("ExecuteDecision")
        .WithSummary("执行: the decision was carried out, after service (ENF-4).");

    public static void MapCloseCase(RouteGroupBuilder cases) =>
        cases.MapCaseStep("/{id:guid}/closure", Examples.Closure, (c, request, time) => c.Close(request.On, time))
        .WithName("CloseCase")
        .WithSummary("结案 after execution (ENF-4).");

    public static void MapArchiveCase(RouteGroupBuilder cases) =>
        cases.MapCaseStep("/{id:guid}/archive", Examples.Archive, (c, request, time) => c.Archive(request.On, time))
        .WithName("ArchiveCase")
        .WithSummary("归档 of a closed case file (ENF-4).");

    public static void MapWithdrawDecision(RouteGroupBuilder cases) =>
        cases.MapCaseStep("/{id:guid}/withdrawal", Examples.Withdrawal, (c, request, time) => c.Withdraw(request.On, time))
        .WithName("WithdrawDecision")
        .WithSummary("Withdraws a published decision that reconsideration altered or revoked, within 3 days (ENF-7).");
}
