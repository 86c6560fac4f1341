namespace RuleOfLaw.NormativeDocuments.Features;

internal static class ProcedureStep
{
    /// <summary>What every step of the shared procedures answers: the document (200), 404, 409 with the rule, 412 on a stale If-Match.</summary>
    public static RouteHandlerBuilder AnswersTheDocument(this RouteHandlerBuilder endpoint) =>
        endpoint
            .Produces<DocumentResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
