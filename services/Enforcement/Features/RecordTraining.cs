namespace RuleOfLaw.Enforcement.Features;

/// <summary>A course an officer completed (ENF-3).</summary>
public sealed record RecordTrainingRequest(string Course, DateOnly CompletedOn, decimal Hours);

internal sealed class RecordTrainingValidator : AbstractValidator<RecordTrainingRequest>
{
    public RecordTrainingValidator(TimeProvider time)
    {
        RuleFor(x => x.Course).NotEmpty().MaximumLength(200);
        RuleFor(x => x.CompletedOn).NotInTheFuture(time);
        RuleFor(x => x.Hours).GreaterThan(0).LessThanOrEqualTo(1000);
    }
}

internal static class RecordTraining
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapPost("/officers/{id:guid}/trainings", (Guid id, RecordTrainingRequest request, EnforcementDbContext db, RecordCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(
                db.Officers,
                id,
                (o, time) => o.RecordTraining(request.Course.Trim(), request.CompletedOn, request.Hours, time.Now),
                (o, _) => o.Trainings.OrderBy(t => t.CompletedOn).Select(t => new TrainingResponse(t.Id, t.Course, t.CompletedOn, t.Hours)).ToList(),
                ct))
        .Validate<RecordTrainingRequest>()
        .WithRequestExample(Examples.Training)
        .ForOwnUnit<Officer>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("RecordTraining")
        .WithSummary("Records a training an officer of the caller's unit completed; answers the officer's trainings (ENF-3).");
}
