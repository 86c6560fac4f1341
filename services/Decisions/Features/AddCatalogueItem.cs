namespace RuleOfLaw.Decisions.Features;

public sealed record AddCatalogueItemRequest(string Title, string? Summary, string LeadUnitId, string? Reason = null);

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

internal static class AddCatalogueItem
{
    public static void Map(RouteGroupBuilder catalogues) =>
        catalogues.MapPost("/{id:guid}/items", (Guid id, AddCatalogueItemRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.RunCatalogueAsync(id, (c, t) => c.AddItem(request.Title.Trim(), request.Summary?.Trim() ?? "", request.LeadUnitId.Trim(), request.Reason, t.Now), ct))
        .Validate<AddCatalogueItemRequest>()
        .WithRequestExample(Examples.CatalogueItem)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<DecisionCatalogue>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("AddCatalogueItem")
        .WithSummary("Adds a planned decision with its lead undertaking unit; after publication the addition needs a reason and is recorded as such (DEC-1).");
}
