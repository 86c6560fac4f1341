namespace RuleOfLaw.Enforcement.Features;

/// <summary><c>?unitId=</c>: disputes where the unit is either side.</summary>
public sealed record DisputeQuery(string? UnitId);

internal sealed class DisputeQueryValidator : AbstractValidator<DisputeQuery>
{
    public DisputeQueryValidator() => RuleFor(x => x.UnitId).MaximumLength(100);
}

internal static class ListDisputes
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapGet("/disputes", async ([AsParameters] DisputeQuery query, EnforcementDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Disputes.AsNoTracking()
                .Where(d => query.UnitId == null || d.UnitId == query.UnitId || d.OtherUnitId == query.UnitId)
                .OrderByDescending(d => d.RaisedOn)
                .ToListAsync(ct)).Select(DisputeResponse.From).ToList()))
        .Validate<DisputeQuery>()
        .WithName("ListDisputes")
        .WithSummary("Competence disputes and how the legal office resolved them (public, ENF-8).");
}
