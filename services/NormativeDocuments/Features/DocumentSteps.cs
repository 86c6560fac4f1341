namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>
/// How a step of a document is mapped: a POST on the document, its body (if it has one) validated and shown with
/// its example, run through <see cref="DocumentCommands"/>, which answers the document. Each use case still says,
/// in its own file, what it answers besides, who may take it, its name and its summary.
/// </summary>
internal static class DocumentSteps
{
    /// <summary>A step that takes no body.</summary>
    public static RouteHandlerBuilder MapStep(this RouteGroupBuilder documents, string pattern, Action<NormativeDocument, CommandContext> step) =>
        documents.MapPost(pattern, (Guid id, DocumentCommands commands, CancellationToken ct) => commands.RunAsync(id, step, ct));

    /// <summary>A step that takes a body of <typeparamref name="TRequest"/>, validated before the step runs; <paramref name="example"/> is its example in the OpenAPI document.</summary>
    public static RouteHandlerBuilder MapStep<TRequest>(this RouteGroupBuilder documents, string pattern, TRequest example, Action<NormativeDocument, TRequest, CommandContext> step)
        where TRequest : class =>
        documents.MapPost(pattern, (Guid id, TRequest request, DocumentCommands commands, CancellationToken ct) => commands.RunAsync(id, (d, c) => step(d, request, c), ct))
            .Validate<TRequest>()
            .WithRequestExample(example);
}
