using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>Registers a unit that may issue normative documents (DOC-1).</summary>
public sealed record RegisterIssuingUnitRequest(string UnitId, string Code, string Name, IReadOnlyList<string> Competences);

public sealed record UpdateIssuingUnitRequest(string Name, IReadOnlyList<string> Competences, bool Active);

public sealed record IssuingUnitResponse(string UnitId, string Code, string Name, IReadOnlyList<string> Competences, bool Active)
{
    public static IssuingUnitResponse From(IssuingUnit u) => new(u.UnitId, u.Code, u.Name, u.Competences, u.Active);
}

internal sealed class RegisterIssuingUnitValidator : AbstractValidator<RegisterIssuingUnitRequest>
{
    public RegisterIssuingUnitValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Code).NotEmpty().MaximumLength(20);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Competences).NotEmpty().MaximumCount(200);
        RuleForEach(x => x.Competences).NotEmpty().MaximumLength(100);
    }
}

internal sealed class UpdateIssuingUnitValidator : AbstractValidator<UpdateIssuingUnitRequest>
{
    public UpdateIssuingUnitValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Competences).NotNull().MaximumCount(200);
        RuleForEach(x => x.Competences).NotEmpty().MaximumLength(100);
    }
}

internal static class IssuingUnits
{
    public static void MapIssuingUnits(this RouteGroupBuilder documents)
    {
        var units = documents.MapGroup("/issuing-units").WithTags("Issuing units");

        units.MapPost("/", async Task<Results<Created<IssuingUnitResponse>, Conflict<string>>> (RegisterIssuingUnitRequest request, DocumentsDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            if (await db.IssuingUnits.AnyAsync(u => u.UnitId == request.UnitId || u.Code == request.Code, ct))
            {
                return TypedResults.Conflict($"Unit {request.UnitId} or code {request.Code} is registered already.");
            }

            var unit = IssuingUnit.Register(request.UnitId.Trim(), request.Code.Trim(), request.Name.Trim(), request.Competences.Select(c => c.Trim()), time.GetUtcNow());
            db.IssuingUnits.Add(unit);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{NormativeDocumentsService.Identity.RoutePrefix}/issuing-units/{unit.UnitId}", IssuingUnitResponse.From(unit));
        })
        .Validate<RegisterIssuingUnitRequest>()
        .WithRequestExample(Examples.RegisterUnit)
        .ForSupervisingBody(withAdmin: true)
        .WithName("RegisterIssuingUnit")
        .WithSummary("Registers an issuing unit (制定主体) with its code and competence (DOC-1).");

        units.MapPut("/{unitId:maxlength(100)}", async Task<Results<Ok<IssuingUnitResponse>, NotFound>> (string unitId, UpdateIssuingUnitRequest request, DocumentsDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var unit = await db.IssuingUnits.SingleOrDefaultAsync(u => u.UnitId == unitId, ct);
            if (unit is null)
            {
                return TypedResults.NotFound();
            }

            unit.Update(request.Name.Trim(), request.Competences.Select(c => c.Trim()), request.Active, time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(IssuingUnitResponse.From(unit));
        })
        .Validate<UpdateIssuingUnitRequest>()
        .WithRequestExample(Examples.UpdateUnit)
        .ForSupervisingBody(withAdmin: true)
        .WithName("UpdateIssuingUnit")
        .WithSummary("Changes an issuing unit's name, competence or whether it may issue.");

        units.MapGet("/", async (DocumentsDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.IssuingUnits.AsNoTracking().OrderBy(u => u.Code).ToListAsync(ct)).Select(IssuingUnitResponse.From).ToList()))
        .WithName("ListIssuingUnits")
        .WithSummary("The registered issuing units and their competence (public).");

        units.MapGet("/{unitId:maxlength(100)}", async Task<Results<Ok<IssuingUnitResponse>, NotFound>> (string unitId, DocumentsDbContext db, CancellationToken ct) =>
            await db.IssuingUnits.AsNoTracking().SingleOrDefaultAsync(u => u.UnitId == unitId, ct) is { } unit
                ? TypedResults.Ok(IssuingUnitResponse.From(unit))
                : TypedResults.NotFound())
        .WithName("GetIssuingUnit")
        .WithSummary("One issuing unit.");
    }
}
