using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.Procedures;

namespace RuleOfLaw.NormativeDocuments.Features;

public static class DocumentEndpoints
{
    public static IServiceCollection AddDocumentFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DocumentSettings>(configuration.GetSection("NormativeDocuments"));
        services.AddSharedProcedures<NormativeDocument, LegalityChecklist, DocumentCommands>();
        services.AddDocumentClockHandlers();
        return services;
    }

    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder routes)
    {
        var documents = routes.MapGroup(NormativeDocumentsService.Identity.RoutePrefix).WithTags("Normative documents").WithPublicReads().WithIdempotentCreation();
        documents.MapIssuingUnits();
        documents.MapDrafting();
        documents.MapPublicComment();
        documents.MapReviewAndAdoption();
        documents.MapPublication();
        documents.MapPublicRegister();
        documents.MapOversight();
        documents.MapRemedies();
        documents.MapHistory(DocumentClocks.RecordType);
        return routes;
    }
}
