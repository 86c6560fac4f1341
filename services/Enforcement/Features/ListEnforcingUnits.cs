using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>A unit in the public registry with its powers in effect on a day (ENF-1).</summary>
public sealed record EnforcingUnitDetail(EnforcingUnitResponse Unit, DateOnly On, IReadOnlyList<PowerResponse> Powers);

internal static class ListEnforcingUnits
{
    public static void Map(RouteGroupBuilder enforcement)
    {
        enforcement.MapGet("/units", async (EnforcementDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Units.AsNoTracking().OrderBy(u => u.UnitId).ToListAsync(ct)).Select(EnforcingUnitResponse.From).ToList()))
        .WithName("ListEnforcingUnits")
        .WithSummary("The registered enforcing units (public, ENF-1).");

        enforcement.MapGet("/units/{unitId:maxlength(100)}", async Task<Results<Ok<EnforcingUnitDetail>, NotFound>> (string unitId, DateOnly? on, EnforcementDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.UnitId == unitId, ct);
            if (unit is null)
            {
                return TypedResults.NotFound();
            }

            var day = on ?? StatutoryTime.Today(time);
            var powers = await db.Powers.AsNoTracking().Where(p => p.UnitId == unitId).OrderBy(p => p.Code).ToListAsync(ct);
            return TypedResults.Ok(new EnforcingUnitDetail(
                EnforcingUnitResponse.From(unit), day, [.. powers.Where(p => p.VersionOn(day) is not null).Select(p => PowerResponse.From(p, day))]));
        })
        .WithName("GetEnforcingUnit")
        .WithSummary("An enforcing unit with its powers list as in effect on a day (?on=yyyy-MM-dd, default today; public, ENF-1).");
    }
}
