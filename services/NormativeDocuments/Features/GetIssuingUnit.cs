namespace RuleOfLaw.NormativeDocuments.Features;

internal static class GetIssuingUnit
{
    public static void Map(RouteGroupBuilder units) =>
        units.MapGet("/{unitId:maxlength(100)}", (string unitId, DocumentsDbContext db, CancellationToken ct) =>
            db.IssuingUnits.ShowAsync(u => u.UnitId == unitId, _ => true, IssuingUnitResponse.From, ct))
        .WithName("GetIssuingUnit")
        .WithSummary("One issuing unit.");
}
