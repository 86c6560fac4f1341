using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Decisions.Domain;

namespace RuleOfLaw.Decisions.Features;

public sealed record OpenDecisionRequest(
    Guid CatalogueId,
    Guid CatalogueItemId,
    string Title,
    string Draft,
    bool RiskAssessmentRequired,
    bool ExpertReviewRequired,
    bool AffectsMarket,
    bool ReformPilot = false);

public sealed record ReviseDecisionRequest(string Title, string Draft, string Reason);

public sealed record DecisionQuery(string? UnitId, DecisionStatus? Status, int Page = 1, int PageSize = 20) : IPagedQuery;

internal sealed class OpenDecisionValidator : AbstractValidator<OpenDecisionRequest>
{
    public OpenDecisionValidator()
    {
        RuleFor(x => x.CatalogueId).NotEmpty();
        RuleFor(x => x.CatalogueItemId).NotEmpty();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Draft).NotEmpty().MaximumLength(200_000);
    }
}

internal sealed class ReviseDecisionValidator : AbstractValidator<ReviseDecisionRequest>
{
    public ReviseDecisionValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Draft).NotEmpty().MaximumLength(200_000);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class DecisionQueryValidator : AbstractValidator<DecisionQuery>
{
    public DecisionQueryValidator()
    {
        Include(new PagingRules());
        RuleFor(x => x.UnitId).MaximumLength(100);
    }
}

/// <summary>Starting a procedure from a catalogue item (DEC-1), reading decisions, revising the draft.</summary>
internal static class Opening
{
    public static void MapOpening(this RouteGroupBuilder decisions)
    {
        decisions.MapPost("/", async Task<Created<DecisionResponse>> (OpenDecisionRequest request, DecisionsDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
        {
            // Another unit's catalogue answers exactly as one that does not exist: 404 (ADR 0010).
            var catalogue = await ActingUnit.OwnRecordAsync(db.Catalogues, request.CatalogueId, http, "Catalogue", ct);
            var itemHasProcedure = await db.Decisions.AnyAsync(d => d.CatalogueItemId == request.CatalogueItemId && d.Status != DecisionStatus.Rejected, ct);
            var decision = MajorDecision.Open(
                catalogue, request.CatalogueItemId, request.Title.Trim(), request.Draft.Trim(), request.RiskAssessmentRequired, request.ExpertReviewRequired,
                request.AffectsMarket, request.ReformPilot, itemHasProcedure, time.GetUtcNow());
            db.Decisions.Add(decision);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{DecisionsService.Identity.RoutePrefix}/{decision.Id}", DecisionResponse.From(decision, RecordViews.Of(http, decision), StatutoryTime.DateOf(time.GetUtcNow())));
        })
        .Validate<OpenDecisionRequest>()
        .WithRequestExample(Examples.OpenDecision)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.UnitStaff, Roles.UnitHead)
        .WithName("OpenDecision")
        .WithSummary("Starts a decision procedure from an item of a published catalogue; the item names the lead undertaking unit (DEC-1).");

        decisions.MapGet("/", async ([AsParameters] DecisionQuery query, DecisionsDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await new PageRequest(query.Page, query.PageSize).ApplyAsync(
                db.Decisions.AsNoTracking()
                    .Where(d => (query.UnitId == null || d.UnitId == query.UnitId) && (query.Status == null || d.Status == query.Status))
                    .OrderByDescending(d => d.OpenedAt)
                    .Select(d => new DecisionSummary(d.Id, d.UnitId, d.Title, d.Status, d.PublishedOn, d.OpenedAt)),
                ct)))
        .Validate<DecisionQuery>()
        .WithName("ListDecisions")
        .WithSummary("Lists decisions by unit and status, newest first.");

        decisions.MapGet("/{id:guid}", (Guid id, DecisionsDbContext db, TimeProvider time, HttpContext http, CancellationToken ct) =>
            db.Decisions.ShowAsync(id, d => DecisionResponse.From(d, RecordViews.Of(http, d), StatutoryTime.Today(time)), ct))
        .WithName("GetDecision")
        .WithSummary("A decision with every step of its procedure so far, overrides shown with their reasons; process information only to the unit's staff, the legal office and administrators until it is published.");

        decisions.MapPost("/{id:guid}/revise", (Guid id, ReviseDecisionRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.Revise(request.Title.Trim(), request.Draft.Trim(), request.Reason.Trim(), c.Now), ct))
        .Validate<ReviseDecisionRequest>()
        .WithRequestExample(Examples.Revise)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("ReviseDecision")
        .WithSummary("Revises the draft before the meeting; a draft revised after its review goes to review again (DEC-6).");
    }
}
