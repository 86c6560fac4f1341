namespace RuleOfLaw.Decisions.Features;

/// <summary>The Party committee's approval; without it the catalogue is refused (DEC-1).</summary>
public sealed record PublishCatalogueRequest(string? ApprovedBy, string? Reference, DateOnly? ApprovedOn);

internal sealed class PublishCatalogueValidator : AbstractValidator<PublishCatalogueRequest>
{
    public PublishCatalogueValidator()
    {
        RuleFor(x => x.ApprovedBy).MaximumLength(100);
        RuleFor(x => x.Reference).MaximumLength(100);
    }
}

internal static class PublishCatalogue
{
    public static void Map(RouteGroupBuilder catalogues) =>
        catalogues.MapPost("/{id:guid}/publish", (Guid id, PublishCatalogueRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.RunCatalogueAsync(id, (c, t) => c.Publish(
                request is { ApprovedBy: { } by, Reference: { } reference, ApprovedOn: { } on } ? new PartyApproval(by.Trim(), reference.Trim(), on) : null, t.Today, t.Now), ct))
        .Validate<PublishCatalogueRequest>()
        .WithRequestExample(Examples.PublishCatalogue)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<DecisionCatalogue>(Roles.UnitHead)
        .WithName("PublishCatalogue")
        .WithSummary("Publishes the catalogue with the recorded approval of the same-level Party committee (DEC-1).");
}
