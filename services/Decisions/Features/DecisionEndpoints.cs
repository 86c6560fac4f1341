using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.Procedures;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.Decisions.Features;

public static class DecisionEndpoints
{
    public static IServiceCollection AddDecisionFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DecisionSettings>(configuration.GetSection("Decisions"));
        services.AddScoped<DecisionCommands>();
        services.AddScoped(_ => ConsultationClock.For<MajorDecision>(DecisionClocks.CommentClose));
        services.AddSharedStepValidators<DecisionLegalityChecklist>();
        return services;
    }

    /// <summary>Every route of the service, readable top to bottom, in the order a decision meets them: catalogue, procedure, execution, accountability.</summary>
    public static IEndpointRouteBuilder MapDecisionEndpoints(this IEndpointRouteBuilder routes)
    {
        var decisions = routes.MapGroup(DecisionsService.Names.RoutePrefix).WithTags("Major decisions").WithPublicReads().WithIdempotentCreation();

        var catalogues = decisions.MapGroup("/catalogues").WithTags("Catalogues");
        CreateCatalogue.Map(catalogues);
        ReadCatalogues.Map(catalogues);
        AddCatalogueItem.Map(catalogues);
        PublishCatalogue.Map(catalogues);
        ReadCatalogues.MapHistory(catalogues);

        var accountability = decisions.MapGroup("/accountability").WithTags("Accountability");
        RecordAccountability.Map(accountability);
        ReadAccountability.Map(accountability);

        OpenDecision.Map(decisions);
        ReadDecisions.Map(decisions);
        ReviseDecision.Map(decisions);

        OpenComment.Map(decisions);
        SubmitComment.Map(decisions);
        ListComments.Map(decisions);
        DisposeComment.Map(decisions);
        CloseComment.Map(decisions);
        PublishCommentDispositions.Map(decisions);

        AnnounceHearing.Map(decisions);
        SendHearingMaterials.Map(decisions);
        RecordHearing.Map(decisions);
        AddExpertOpinion.Map(decisions);
        AssessRisk.Map(decisions);
        RecordFairCompetitionReview.Map(decisions);

        SubmitForLegalityReview.Map(decisions);
        ConcludeLegalityReview.Map(decisions);
        GetMeetingPackage.Map(decisions);
        PutOnAgenda.Map(decisions);
        RecordCollectiveDecision.Map(decisions);

        PublishDecision.Map(decisions);
        GetDecisionArchive.Map(decisions);
        EvaluateDecision.Map(decisions);
        SuspendDecision.Map(decisions);

        ReadDecisions.MapHistory(decisions);
        return routes;
    }
}
