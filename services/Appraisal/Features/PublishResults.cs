using Microsoft.Extensions.Options;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>The day the frozen results were published: on or after the freeze.</summary>
public sealed record PublishResultsRequest(DateOnly PublishedOn);

internal sealed class PublishResultsValidator : AbstractValidator<PublishResultsRequest>
{
    public PublishResultsValidator(TimeProvider time) => RuleFor(x => x.PublishedOn).NotInTheFuture(time);
}

internal static class PublishResults
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPost("/{id:guid}/publication", (Guid id, PublishResultsRequest request, AppraisalDbContext db, RecordCommands commands, IOptions<AppraisalSettings> settings, CancellationToken ct) =>
            commands.ExecuteAsync(
                db.Cycles,
                id,
                (cycle, time) =>
                {
                    db.Rectifications.AddRange(cycle.Publish(request.PublishedOn, settings.Value.RectificationDays, time));
                },
                (cycle, _) => CycleResponse.From(cycle),
                ct))
        .Validate<PublishResultsRequest>()
        .WithRequestExample(Examples.Publish)
        .AnswersStep<CycleResponse>()
        .ForRoles(Roles.AppraisalAdmin)
        .WithName("PublishAppraisalResults")
        .WithSummary("公布 (APP-3): the frozen results are published with their ranking, no earlier than the freeze; units at or above the threshold are commended, each unit's result is published (AppraisalResultPublished), and each unit under the pass mark is ordered to rectify by a deadline that runs as a clock (RectificationOrdered).");
}
