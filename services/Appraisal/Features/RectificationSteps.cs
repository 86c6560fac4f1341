namespace RuleOfLaw.Appraisal.Features;

/// <summary>
/// The steps of a rectification after the order (APP-3): the unit reports what it did, then the appraisal administrator
/// finds it done. Each is a POST on the rectification run through <see cref="RectificationCommands"/>.
/// </summary>
internal static class RectificationSteps
{
    public static void Map(RouteGroupBuilder rectifications)
    {
        rectifications.MapStep("/{id:guid}/report", Examples.ReportRectification, (r, request, time) => r.Report(request.ReportedOn, request.Measures.Trim(), time))
            .ForOwnUnit<Rectification>(Roles.UnitStaff, Roles.UnitHead)
            .WithName("ReportRectification")
            .WithSummary("整改报告 (APP-3): the failed unit reports what it did, no earlier than the order; the rectification clock stops (a report after the deadline is recorded late). The unit's own staff only.");

        rectifications.MapStep("/{id:guid}/completion", Examples.CompleteRectification, (r, request, time) => r.Complete(request.CompletedOn, request.Opinion.Trim(), time))
            .ForRoles(Roles.AppraisalAdmin)
            .WithName("CompleteRectification")
            .WithSummary("整改验收 (APP-3): the appraisal administrator finds a reported rectification done, no earlier than the report; publishes RectificationCompleted.");
    }

    /// <summary>
    /// A step taking a validated <typeparamref name="TRequest"/> (shown with <paramref name="example"/>) and answering the
    /// rectification as every step does; who may take it is said by the caller.
    /// </summary>
    private static RouteHandlerBuilder MapStep<TRequest>(this RouteGroupBuilder rectifications, string pattern, TRequest example, Action<Rectification, TRequest, CommandTime> step)
        where TRequest : notnull =>
        rectifications.MapPost(pattern, (Guid id, TRequest request, RectificationCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (r, time) => step(r, request, time), ct))
        .Validate<TRequest>()
        .WithRequestExample(example)
        .AnswersStep<RectificationResponse>();
}

/// <summary>整改报告: the day the unit reported and what it did.</summary>
public sealed record ReportRectificationRequest(DateOnly ReportedOn, string Measures);

internal sealed class ReportRectificationValidator : AbstractValidator<ReportRectificationRequest>
{
    public ReportRectificationValidator(TimeProvider time)
    {
        RuleFor(x => x.ReportedOn).NotInTheFuture(time);
        RuleFor(x => x.Measures).NotEmpty().MaximumLength(4000);
    }
}

/// <summary>The day the administrator found the rectification done, and the finding.</summary>
public sealed record CompleteRectificationRequest(DateOnly CompletedOn, string Opinion);

internal sealed class CompleteRectificationValidator : AbstractValidator<CompleteRectificationRequest>
{
    public CompleteRectificationValidator(TimeProvider time)
    {
        RuleFor(x => x.CompletedOn).NotInTheFuture(time);
        RuleFor(x => x.Opinion).NotEmpty().MaximumLength(2000);
    }
}
