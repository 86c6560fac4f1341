using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>
/// Runs a step of a record through the shared command shape (404, If-Match/ETag, one transaction; the
/// clocks the step started or stopped are saved with it) and answers a document as the caller may see it.
/// </summary>
public sealed class DocumentCommands(RecordCommands commands, DocumentsDbContext db, IOptions<DocumentSettings> settings, IHttpContextAccessor http)
{
    /// <summary>A step of a document; answers the document as it now stands.</summary>
    public Task<Results<Ok<DocumentResponse>, NotFound, ProblemHttpResult>> RunAsync(Guid id, Action<NormativeDocument, CommandContext> step, CancellationToken cancellationToken) =>
        ExecuteAsync(db.Documents, id, Async(step), (d, c) => Show(d, c.Today), cancellationToken);

    public Task<Results<Ok<DocumentResponse>, NotFound, ProblemHttpResult>> RunAsync(Guid id, Func<NormativeDocument, CommandContext, Task> step, CancellationToken cancellationToken) =>
        ExecuteAsync(db.Documents, id, step, (d, c) => Show(d, c.Today), cancellationToken);

    /// <summary>A step of another of the service's records (an objection, a campaign, an incidental review).</summary>
    public Task<Results<Ok<TResponse>, NotFound, ProblemHttpResult>> RunAsync<TRecord, TResponse>(
        IQueryable<TRecord> records, Guid id, Action<TRecord, CommandContext> step, Func<TRecord, TResponse> respond, CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        ExecuteAsync(records, id, Async(step), (r, _) => respond(r), cancellationToken);

    public Task<Results<Ok<TResponse>, NotFound, ProblemHttpResult>> RunAsync<TRecord, TResponse>(
        IQueryable<TRecord> records, Guid id, Func<TRecord, CommandContext, Task> step, Func<TRecord, TResponse> respond, CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        ExecuteAsync(records, id, step, (r, _) => respond(r), cancellationToken);

    /// <summary>
    /// A step of a record raised about a document (an objection, an incidental review) that acts on that document
    /// too: the document <paramref name="documentOf"/> names is read in the step's transaction and handed to the step.
    /// </summary>
    public Task<Results<Ok<TResponse>, NotFound, ProblemHttpResult>> RunWithDocumentAsync<TRecord, TResponse>(
        IQueryable<TRecord> records, Guid id, Func<TRecord, Guid?> documentOf, Action<TRecord, NormativeDocument, CommandContext> step, Func<TRecord, TResponse> respond, CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        ExecuteAsync(
            records,
            id,
            async (r, c) =>
            {
                var documentId = documentOf(r);
                step(r, await db.Documents.SingleAsync(d => d.Id == documentId, cancellationToken), c);
            },
            (r, _) => respond(r),
            cancellationToken);

    /// <summary>
    /// A step of a document that creates something else on it (a comment, an objection): answers 201
    /// with what it created, at <paramref name="location"/>.
    /// </summary>
    public async Task<Results<Created<TResponse>, NotFound, ProblemHttpResult>> CreateOnAsync<TCreated, TResponse>(
        Guid id, Func<NormativeDocument, CommandContext, TCreated> step, Func<TCreated, string> location, Func<TCreated, TResponse> respond, CancellationToken cancellationToken)
        where TCreated : class
    {
        TCreated? created = null;
        var result = await ExecuteAsync(db.Documents, id, Async<NormativeDocument>((d, c) => created = step(d, c)), (_, _) => respond(created!), cancellationToken);
        return result.Result switch
        {
            Ok<TResponse> ok => TypedResults.Created(location(created!), ok.Value),
            NotFound notFound => notFound,
            ProblemHttpResult problem => problem,
            _ => throw new UnreachableException(),
        };
    }

    /// <summary>The document as the caller of this request sees it.</summary>
    public DocumentResponse Show(NormativeDocument document, DateOnly today) => DocumentResponse.From(document, today, RecordViews.Of(http.HttpContext, document));

    public async Task<CommandContext> ContextAsync(CancellationToken cancellationToken) => Context(await commands.TimeAsync(cancellationToken));

    private static Func<TRecord, CommandContext, Task> Async<TRecord>(Action<TRecord, CommandContext> step) => (r, c) =>
    {
        step(r, c);
        return Task.CompletedTask;
    };

    /// <summary>The one path every step takes: the shared command shape, with the step's context.</summary>
    private Task<Results<Ok<TResponse>, NotFound, ProblemHttpResult>> ExecuteAsync<TRecord, TResponse>(
        IQueryable<TRecord> records, Guid id, Func<TRecord, CommandContext, Task> step, Func<TRecord, CommandContext, TResponse> respond, CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        commands.ExecuteAsync(
            records,
            id,
            (r, time) => step(r, Context(time)),
            (r, time) => respond(r, Context(time)),
            cancellationToken);

    private CommandContext Context(CommandTime time) => new(time.Now, time.Today, time.Calendar, settings.Value);
}
