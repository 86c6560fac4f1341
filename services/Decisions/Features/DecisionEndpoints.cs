using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures;

namespace RuleOfLaw.Decisions.Features;

public static class DecisionEndpoints
{
    public static IServiceCollection AddDecisionFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DecisionSettings>(configuration.GetSection("Decisions"));
        services.AddSharedProcedures<MajorDecision, DecisionLegalityChecklist, DecisionCommands>();
        services.AddDecisionClockHandlers();
        return services;
    }

    public static IEndpointRouteBuilder MapDecisionEndpoints(this IEndpointRouteBuilder routes)
    {
        var decisions = routes.MapGroup(DecisionsService.Identity.RoutePrefix).WithTags("Major decisions").WithPublicReads().WithIdempotentCreation();
        decisions.MapCatalogues();
        decisions.MapAccountability();
        decisions.MapOpening();
        decisions.MapPublicComment();
        decisions.MapDeliberation();
        decisions.MapReviewAndMeeting();
        decisions.MapExecution();
        decisions.MapHistory(DecisionClocks.RecordType);
        decisions.MapGroup("/catalogues").WithTags("Catalogues").MapHistory<DecisionCatalogue>(c => c.Status == CatalogueStatus.Published);
        return routes;
    }
}
