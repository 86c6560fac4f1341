namespace RuleOfLaw.NormativeDocuments.Features;

internal static class ListIssuingUnits
{
    public static void Map(RouteGroupBuilder units) =>
        units.MapGet("/", async (DocumentsDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.IssuingUnits.AsNoTracking().OrderBy(u => u.Code).ToListAsync(ct)).Select(IssuingUnitResponse.From).ToList()))
        .WithName("ListIssuingUnits")
        .WithSummary("The registered issuing units and their competence (public).");
}
