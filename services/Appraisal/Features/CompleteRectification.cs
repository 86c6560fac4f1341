namespace RuleOfLaw.Appraisal.Features;

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

internal static class CompleteRectification
{
    public static void Map(RouteGroupBuilder rectifications) =>
        rectifications.MapPost("/{id:guid}/completion", (Guid id, CompleteRectificationRequest request, RectificationCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (r, time) => r.Complete(request.CompletedOn, request.Opinion.Trim(), time), ct))
        .Validate<CompleteRectificationRequest>()
        .WithRequestExample(Examples.CompleteRectification)
        .AnswersStep<RectificationResponse>()
        .ForRoles(Roles.AppraisalAdmin)
        .WithName("CompleteRectification")
        .WithSummary("整改验收 (APP-3): the appraisal administrator finds a reported rectification done, no earlier than the report; publishes RectificationCompleted.");
}
