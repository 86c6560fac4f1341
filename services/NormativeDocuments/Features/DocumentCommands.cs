using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.Procedures;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>What a command on a document gets to work with: the time, today, the calendar and the district settings.</summary>
public sealed record CommandContext(DocumentsDbContext Db, DateTimeOffset Now, DateOnly Today, WorkingCalendar Calendar, DocumentSettings Settings);

/// <summary>
/// Runs a command on a document through the shared command shape (404, If-Match/ETag, one transaction)
/// and answers the document as the caller may see it.
/// </summary>
public sealed class DocumentCommands(RecordCommands commands, DocumentsDbContext db, IOptions<DocumentSettings> settings, IHttpContextAccessor http) : IProcedureRecords<NormativeDocument>
{
    public async Task<IResult> RunAsync(Guid id, Func<NormativeDocument, CommandTime, Task> step, CancellationToken cancellationToken) =>
        await commands.ExecuteAsync(db.Documents, id, step, (d, time) => Show(d, time.Today), cancellationToken);

    public Task<Results<Ok<DocumentResponse>, NotFound, ProblemHttpResult>> ExecuteAsync(Guid id, Func<NormativeDocument, CommandContext, Task> command, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(db.Documents, id, (d, time) => command(d, Context(time)), (d, time) => Show(d, time.Today), cancellationToken);

    public Task<Results<Ok<DocumentResponse>, NotFound, ProblemHttpResult>> ExecuteAsync(Guid id, Action<NormativeDocument, CommandContext> command, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(db.Documents, id, (d, time) => command(d, Context(time)), (d, time) => Show(d, time.Today), cancellationToken);

    /// <summary>The document as the caller of this request sees it.</summary>
    public DocumentResponse Show(NormativeDocument document, DateOnly today) => DocumentResponse.From(document, today, RecordViews.Of(http.HttpContext, document));

    public async Task<CommandContext> ContextAsync(CancellationToken cancellationToken) => Context(await commands.TimeAsync(cancellationToken));

    private CommandContext Context(CommandTime time) => new(db, time.Now, time.Today, time.Calendar, settings.Value);
}
