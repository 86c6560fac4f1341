namespace RuleOfLaw.Reconsideration.Features;

/// <summary>调解结果: whether an agreement was reached, and its terms or why mediation failed.</summary>
public sealed record ConcludeMediationRequest(DateOnly On, bool AgreementReached, string Result);

internal sealed class ConcludeMediationValidator : AbstractValidator<ConcludeMediationRequest>
{
    public ConcludeMediationValidator(TimeProvider time)
    {
        RuleFor(x => x.On).NotInTheFuture(time);
        RuleFor(x => x.Result).NotEmpty().MaximumLength(4000);
    }
}

internal static class ConcludeMediation
{
    public static void Map(RouteGroupBuilder mediations) =>
        mediations.MapPost("/{id:guid}/outcome", (Guid id, ConcludeMediationRequest request, ReconsiderationDbContext db, CaseCommands commands, CancellationToken ct) =>
            commands.RunOnAsync(db.MediationCases, id, (c, time) => c.Conclude(request.AgreementReached, request.On, request.Result.Trim(), time), MediationResponse.From, ct))
        .Validate<ConcludeMediationRequest>()
        .WithRequestExample(Examples.MediationOutcome)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(RemedyAccess.Organ)
        .WithName("ConcludeMediation")
        .WithSummary("调解结果 (REC-11): an agreement reached or mediation failed, once, no earlier than the registration.");
}
