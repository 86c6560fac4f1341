using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Enforcement.Data;

namespace RuleOfLaw.Enforcement.Features;

internal static class ListDisputes
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapGet("/disputes", async (string? unitId, EnforcementDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Disputes.AsNoTracking()
                .Where(d => unitId == null || d.UnitId == unitId || d.OtherUnitId == unitId)
                .OrderByDescending(d => d.RaisedOn)
                .ToListAsync(ct)).Select(DisputeResponse.From).ToList()))
        .WithName("ListDisputes")
        .WithSummary("Competence disputes and how the legal office resolved them (public, ENF-8).");
}
