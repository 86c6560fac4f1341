namespace RuleOfLaw.Reconsideration.Features;

/// <summary>听证、协商、和解: the step, its day, a note, and for a settlement the amount agreed.</summary>
public sealed record RecordCompensationStepRequest(CompensationStepKind Kind, DateOnly On, string Note, decimal? AgreedAmount);

internal sealed class RecordCompensationStepValidator : AbstractValidator<RecordCompensationStepRequest>
{
    public RecordCompensationStepValidator(TimeProvider time)
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.On).NotInTheFuture(time);
        RuleFor(x => x.Note).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.AgreedAmount).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m);
    }
}

internal static class RecordCompensationStep
{
    public static void Map(RouteGroupBuilder claims) =>
        claims.MapPost("/{id:guid}/steps", (Guid id, RecordCompensationStepRequest request, ReconsiderationDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunOnAsync(db.CompensationClaims, id, (c, time) => c.RecordStep(request.Kind, request.On, request.Note.Trim(), request.AgreedAmount, time), CompensationResponse.From, ct))
        .Validate<RecordCompensationStepRequest>()
        .WithRequestExample(Examples.CompensationStep)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("RecordCompensationStep")
        .WithSummary("听证、协商、和解 (REC-12): a step of an open claim, in date order; a settlement names the amount agreed (at most the amount claimed).");
}
