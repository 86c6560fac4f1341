namespace RuleOfLaw.Appraisal.Features;

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

internal static class ReportRectification
{
    public static void Map(RouteGroupBuilder rectifications) =>
        rectifications.MapPost("/{id:guid}/report", (Guid id, ReportRectificationRequest request, RectificationCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (r, time) => r.Report(request.ReportedOn, request.Measures.Trim(), time), ct))
        .Validate<ReportRectificationRequest>()
        .WithRequestExample(Examples.ReportRectification)
        .AnswersStep<RectificationResponse>()
        .ForOwnUnit<Rectification>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("ReportRectification")
        .WithSummary("整改报告 (APP-3): the failed unit reports what it did, no earlier than the order; the rectification clock stops (a report after the deadline is recorded late). The unit's own staff only.");
}
