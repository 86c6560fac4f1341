using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Decisions.Domain;

namespace RuleOfLaw.Decisions.Features;

public sealed record CreateCatalogueRequest(string UnitId, int Year);

public sealed record AddCatalogueItemRequest(string Title, string? Summary, string LeadUnitId, string? Reason = null);

/// <summary>The Party committee's approval; without it the catalogue is refused (DEC-1).</summary>
public sealed record PublishCatalogueRequest(string? ApprovedBy, string? Reference, DateOnly? ApprovedOn);

public sealed record CatalogueQuery(string? UnitId, int? Year, CatalogueStatus? Status, int Page = 1, int PageSize = 20) : IPagedQuery;

public sealed record CatalogueResponse(Guid Id, string UnitId, int Year, CatalogueStatus Status, PartyApproval? Approval, DateOnly? PublishedOn, IReadOnlyList<CatalogueItem> Items)
{
    public static CatalogueResponse From(DecisionCatalogue c) => new(c.Id, c.UnitId, c.Year, c.Status, c.Approval, c.PublishedOn, c.Items);
}

internal sealed class CreateCatalogueValidator : AbstractValidator<CreateCatalogueRequest>
{
    public CreateCatalogueValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
    }
}

internal sealed class CatalogueQueryValidator : AbstractValidator<CatalogueQuery>
{
    public CatalogueQueryValidator()
    {
        Include(new PagingRules());
        RuleFor(x => x.UnitId).MaximumLength(100);
    }
}

internal sealed class AddCatalogueItemValidator : AbstractValidator<AddCatalogueItemRequest>
{
    public AddCatalogueItemValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Summary).MaximumLength(5000);
        RuleFor(x => x.LeadUnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Reason).MaximumLength(2000);
    }
}

internal sealed class PublishCatalogueValidator : AbstractValidator<PublishCatalogueRequest>
{
    public PublishCatalogueValidator()
    {
        RuleFor(x => x.ApprovedBy).MaximumLength(100);
        RuleFor(x => x.Reference).MaximumLength(100);
    }
}

/// <summary>重大行政决策事项目录 (DEC-1): a unit's yearly catalogue, published with the Party committee's approval.</summary>
internal static class Catalogues
{
    public static void MapCatalogues(this RouteGroupBuilder decisions)
    {
        var catalogues = decisions.MapGroup("/catalogues").WithTags("Catalogues");

        catalogues.MapPost("/", async Task<Created<CatalogueResponse>> (CreateCatalogueRequest request, DecisionsDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
        {
            ActingUnit.Require(http, request.UnitId.Trim());
            var catalogue = DecisionCatalogue.Create(request.UnitId.Trim(), request.Year, time.GetUtcNow());
            db.Catalogues.Add(catalogue);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{DecisionsService.Identity.RoutePrefix}/catalogues/{catalogue.Id}", CatalogueResponse.From(catalogue));
        })
        .Validate<CreateCatalogueRequest>()
        .WithRequestExample(Examples.Catalogue)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.UnitStaff, Roles.UnitHead)
        .WithName("CreateCatalogue")
        .WithSummary("Starts a unit's catalogue of planned major decisions for a year (one per unit and year, DEC-1).");

        catalogues.MapGet("/", async ([AsParameters] CatalogueQuery query, DecisionsDbContext db, HttpContext http, CancellationToken ct) =>
        {
            // A catalogue in preparation is the unit's process information until published (DEC-1).
            var everyUnit = RecordViews.SeesEveryUnit(http.User);
            var ownUnit = RecordViews.StaffUnitOf(http.User);
            var found = db.Catalogues.AsNoTracking()
                .Where(c => c.Status == CatalogueStatus.Published || everyUnit || c.UnitId == ownUnit)
                .Where(c => (query.UnitId == null || c.UnitId == query.UnitId) && (query.Year == null || c.Year == query.Year) && (query.Status == null || c.Status == query.Status))
                .OrderByDescending(c => c.Year).ThenBy(c => c.UnitId);
            return TypedResults.Ok(await PageRequest.Of(query).ApplyAsync(found, CatalogueResponse.From, ct));
        })
        .Validate<CatalogueQuery>()
        .WithName("ListCatalogues")
        .WithSummary("Lists catalogues by unit, year and status; published catalogues are public, one in preparation only to its unit's staff, the legal office and administrators (DEC-1).");

        catalogues.MapGet("/{id:guid}", async Task<Results<Ok<CatalogueResponse>, NotFound>> (Guid id, DecisionsDbContext db, HttpContext http, CancellationToken ct) =>
            await db.Catalogues.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } catalogue
                && (catalogue.Status == CatalogueStatus.Published || RecordViews.For(http.User, catalogue.UnitId) == RecordView.Full)
                ? TypedResults.Ok(CatalogueResponse.From(catalogue))
                : TypedResults.NotFound())
        .WithName("GetCatalogue")
        .WithSummary("A catalogue with its items; items added after publication are marked, with the reason. One in preparation only to its unit's staff, the legal office and administrators (DEC-1).");

        catalogues.MapPost("/{id:guid}/items", (Guid id, AddCatalogueItemRequest request, RecordCommands commands, DecisionsDbContext db, CancellationToken ct) =>
            commands.ExecuteAsync(
                db.Catalogues, id,
                (c, t) => c.AddItem(request.Title.Trim(), request.Summary?.Trim() ?? "", request.LeadUnitId.Trim(), request.Reason, t.Now),
                (c, _) => CatalogueResponse.From(c), ct))
        .Validate<AddCatalogueItemRequest>()
        .WithRequestExample(Examples.CatalogueItem)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<DecisionCatalogue>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("AddCatalogueItem")
        .WithSummary("Adds a planned decision with its lead undertaking unit; after publication the addition needs a reason and is recorded as such (DEC-1).");

        catalogues.MapPost("/{id:guid}/publish", (Guid id, PublishCatalogueRequest request, RecordCommands commands, DecisionsDbContext db, CancellationToken ct) =>
            commands.ExecuteAsync(
                db.Catalogues, id,
                (c, t) => c.Publish(
                    request is { ApprovedBy: { } by, Reference: { } reference, ApprovedOn: { } on } ? new PartyApproval(by.Trim(), reference.Trim(), on) : null, t.Today, t.Now),
                (c, _) => CatalogueResponse.From(c), ct))
        .Validate<PublishCatalogueRequest>()
        .WithRequestExample(Examples.PublishCatalogue)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<DecisionCatalogue>(Roles.UnitHead)
        .WithName("PublishCatalogue")
        .WithSummary("Publishes the catalogue with the recorded approval of the same-level Party committee (DEC-1).");
    }
}
