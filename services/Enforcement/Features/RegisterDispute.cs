namespace RuleOfLaw.Enforcement.Features;

/// <summary>A unit registers a dispute over competence with another enforcing unit.</summary>
public sealed record RegisterDisputeRequest(string UnitId, string OtherUnitId, string Matter, DateOnly RaisedOn);

internal sealed class RegisterDisputeValidator : AbstractValidator<RegisterDisputeRequest>
{
    public RegisterDisputeValidator(TimeProvider time)
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.OtherUnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Matter).NotEmpty().MaximumLength(1000);
        RuleFor(x => x.RaisedOn).NotInTheFuture(time);
    }
}

internal static class RegisterDispute
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapPost("/disputes", async (RegisterDisputeRequest request, EnforcementDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
        {
            ActingUnit.Require(http, request.UnitId);
            var dispute = CompetenceDispute.Register(request.UnitId, request.OtherUnitId.Trim(), request.Matter.Trim(), request.RaisedOn, time.GetUtcNow());
            return await db.CreatedAsync(dispute, $"disputes/{dispute.Id}", DisputeResponse.From, ct);
        })
        .AsCreation(Examples.Dispute)
        .ForRoles(CaseRoles.UnitStaff)
        .WithName("RegisterDispute")
        .WithSummary("执法争议: a unit registers a dispute over competence with another unit; the legal office resolves it (ENF-8).");
}
