using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Decisions.Features;

public sealed record CreateCatalogueRequest(string UnitId, int Year);

internal sealed class CreateCatalogueValidator : AbstractValidator<CreateCatalogueRequest>
{
    public CreateCatalogueValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
    }
}

/// <summary>重大行政决策事项目录 (DEC-1): a unit starts its yearly catalogue.</summary>
internal static class CreateCatalogue
{
    public static void Map(RouteGroupBuilder catalogues) =>
        catalogues.MapPost("/", async Task<Created<CatalogueResponse>> (CreateCatalogueRequest request, DecisionsDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
        {
            ActingUnit.Require(http, request.UnitId.Trim());
            var catalogue = DecisionCatalogue.Create(request.UnitId.Trim(), request.Year, time.GetUtcNow());
            db.Catalogues.Add(catalogue);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{DecisionsService.Names.RoutePrefix}/catalogues/{catalogue.Id}", CatalogueResponse.From(catalogue));
        })
        .Validate<CreateCatalogueRequest>()
        .WithRequestExample(Examples.Catalogue)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.UnitStaff, Roles.UnitHead)
        .WithName("CreateCatalogue")
        .WithSummary("Starts a unit's catalogue of planned major decisions for a year (one per unit and year, DEC-1).");
}
