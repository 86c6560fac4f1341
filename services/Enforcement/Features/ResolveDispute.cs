namespace RuleOfLaw.Enforcement.Features;

/// <summary>The legal office names the competent unit, with its reasoning.</summary>
public sealed record ResolveDisputeRequest(string CompetentUnitId, string Reasoning, DateOnly ResolvedOn);

internal sealed class ResolveDisputeValidator : AbstractValidator<ResolveDisputeRequest>
{
    public ResolveDisputeValidator(TimeProvider time)
    {
        RuleFor(x => x.CompetentUnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Reasoning).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.ResolvedOn).NotInTheFuture(time);
    }
}

internal static class ResolveDispute
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapPost("/disputes/{id:guid}/resolution", (Guid id, ResolveDisputeRequest request, EnforcementDbContext db, RecordCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(db.Disputes, id, (d, time) => d.Resolve(request.CompetentUnitId.Trim(), request.Reasoning.Trim(), request.ResolvedOn, time.Now), (d, _) => DisputeResponse.From(d), ct))
        .Validate<ResolveDisputeRequest>()
        .WithRequestExample(Examples.Resolve)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.LegalOffice)
        .WithName("ResolveDispute")
        .WithSummary("The legal office resolves a competence dispute, naming one of the two units (ENF-8).");
}
