using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Identity.Data;
using RuleOfLaw.Identity.Domain;

namespace RuleOfLaw.Identity.Administration;

internal static class UnitEndpoints
{
    public static void MapUnits(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("Units");

        units.MapPost("/", async Task<Results<Created<UnitResponse>, ProblemHttpResult>> (UnitRequest request, IdentityDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            if (await db.Units.AnyAsync(u => u.Code == request.Code, ct))
            {
                return Conflicts.AlreadyExists($"A unit with code {request.Code} exists already.");
            }

            var unit = Unit.Create(Guid.CreateVersion7(), request.Code, request.Name.Trim(), time.GetUtcNow());
            db.Units.Add(unit);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{IdentityService.Names.RoutePrefix}/units/{unit.Id}", UnitResponse.From(unit));
        })
        .Validate<UnitRequest>()
        .WithRequestExample(Examples.Unit)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("CreateUnit")
        .WithSummary("Registers a unit of the district that staff act for.");

        units.MapGet("/", async ([AsParameters] PageRequest page, IdentityDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await page.ApplyAsync(db.Units.AsNoTracking().OrderBy(u => u.Code).Select(u => new UnitResponse(u.Id, u.Code, u.Name, u.CreatedAt)), ct)))
        .Validate<PageRequest>()
        .WithName("ListUnits")
        .WithSummary("The district's units, by code, a page at a time.");

        units.MapGet("/{id:guid}", (Guid id, IdentityDbContext db, CancellationToken ct) => db.Units.ShowAsync(u => u.Id == id, _ => true, UnitResponse.From, ct))
        .WithName("GetUnit")
        .WithSummary("One unit.");

        units.MapPut("/{id:guid}", async Task<Results<Ok<UnitResponse>, NotFound, ProblemHttpResult>> (Guid id, UnitRequest request, IdentityDbContext db, CancellationToken ct) =>
        {
            var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct);
            if (unit is null)
            {
                return TypedResults.NotFound();
            }

            if (await db.Units.AnyAsync(u => u.Code == request.Code && u.Id != id, ct))
            {
                return Conflicts.AlreadyExists($"A unit with code {request.Code} exists already.");
            }

            unit.Rename(request.Code, request.Name.Trim());
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(UnitResponse.From(unit));
        })
        .Validate<UnitRequest>()
        .WithRequestExample(Examples.Unit)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithName("UpdateUnit")
        .WithSummary("Changes a unit's code or name; its id, which tokens carry, stays.");
    }
}
