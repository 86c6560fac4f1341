using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>Registers a unit that may issue normative documents (DOC-1).</summary>
public sealed record RegisterIssuingUnitRequest(string UnitId, string Code, string Name, IReadOnlyList<string> Competences);

internal sealed class RegisterIssuingUnitValidator : AbstractValidator<RegisterIssuingUnitRequest>
{
    public RegisterIssuingUnitValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(RecordMapping.UnitIdLength);
        RuleFor(x => x.Code).NotEmpty().MaximumLength(20);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Competences).NotEmpty().MaximumCount(200);
        RuleForEach(x => x.Competences).NotEmpty().MaximumLength(100);
    }
}

internal static class RegisterIssuingUnit
{
    public static void Map(RouteGroupBuilder units) =>
        units.MapPost("/", async Task<Results<Created<IssuingUnitResponse>, Conflict<string>>> (RegisterIssuingUnitRequest request, DocumentsDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            if (await db.IssuingUnits.AnyAsync(u => u.UnitId == request.UnitId || u.Code == request.Code, ct))
            {
                return TypedResults.Conflict($"Unit {request.UnitId} or code {request.Code} is registered already.");
            }

            var unit = IssuingUnit.Register(request.UnitId.Trim(), request.Code.Trim(), request.Name.Trim(), request.Competences.Select(c => c.Trim()), time.GetUtcNow());
            db.IssuingUnits.Add(unit);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{NormativeDocumentsService.Names.RoutePrefix}/issuing-units/{unit.UnitId}", IssuingUnitResponse.From(unit));
        })
        .Validate<RegisterIssuingUnitRequest>()
        .WithRequestExample(Examples.RegisterUnit)
        .ForSupervisingBody(withAdmin: true)
        .WithName("RegisterIssuingUnit")
        .WithSummary("Registers an issuing unit (制定主体) with its code and competence (DOC-1).");
}
