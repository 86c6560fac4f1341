using RuleOfLaw.BuildingBlocks.History;

namespace RuleOfLaw.NormativeDocuments.Features;

public static class DocumentEndpoints
{
    public const string RecordType = "NormativeDocument";

    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder routes)
    {
        var documents = routes.MapGroup(NormativeDocumentsService.Identity.RoutePrefix).WithTags("Normative documents");
        documents.MapDraftDocument();
        documents.MapGetDocument();
        documents.MapHistory(RecordType);
        return routes;
    }
}
