namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record UpdateIssuingUnitRequest(string Name, IReadOnlyList<string> Competences, bool Active);

internal sealed class UpdateIssuingUnitValidator : AbstractValidator<UpdateIssuingUnitRequest>
{
    public UpdateIssuingUnitValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Competences).NotNull().MaximumCount(200);
        RuleForEach(x => x.Competences).NotEmpty().MaximumLength(100);
    }
}

internal static class UpdateIssuingUnit
{
    /// <summary>A unit is addressed by its unit id; an unknown one has no record id, and the runner answers 404.</summary>
    public static void Map(RouteGroupBuilder units) =>
        units.MapPut("/{unitId:maxlength(100)}", async (string unitId, UpdateIssuingUnitRequest request, DocumentsDbContext db, DocumentCommands commands, CancellationToken ct) =>
            await commands.RunAsync(
                db.IssuingUnits,
                await db.IssuingUnits.Where(u => u.UnitId == unitId).Select(u => u.Id).SingleOrDefaultAsync(ct),
                (unit, context) => unit.Update(request.Name.Trim(), request.Competences.Select(c => c.Trim()), request.Active, context.Now),
                IssuingUnitResponse.From,
                ct))
        .Validate<UpdateIssuingUnitRequest>()
        .WithRequestExample(Examples.UpdateUnit)
        .ForSupervisingBody(withAdmin: true)
        .WithName("UpdateIssuingUnit")
        .WithSummary("Changes an issuing unit's name, competence or whether it may issue.");
}
