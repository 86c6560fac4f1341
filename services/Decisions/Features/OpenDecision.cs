using Microsoft.AspNetCore.Http.HttpResults;

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

/// <summary>Starts a procedure from an item of the unit's published catalogue (DEC-1).</summary>
internal static class OpenDecision
{
    public static void Map(RouteGroupBuilder decisions) =>
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
            return TypedResults.Created($"{DecisionsService.Names.RoutePrefix}/{decision.Id}", DecisionResponse.From(decision, RecordViews.Of(http, decision), StatutoryTime.DateOf(time.GetUtcNow())));
        })
        .Validate<OpenDecisionRequest>()
        .WithRequestExample(Examples.OpenDecision)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.UnitStaff, Roles.UnitHead)
        .WithName("OpenDecision")
        .WithSummary("Starts a decision procedure from an item of a published catalogue; the item names the lead undertaking unit (DEC-1).");
}
