namespace RuleOfLaw.NormativeDocuments.Features;

internal static class RevokeDocument
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapStep("/{id:guid}/revoke", Examples.Revoke, (d, request, c) => d.Revoke(request.Text.Trim(), c.Today, c.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Filing review")
        .ForSupervisingBody()
        .WithName("RevokeDocument")
        .WithSummary("Revokes a document whose review requested it: it leaves force and the revocation is published (DOC-10).");
}
