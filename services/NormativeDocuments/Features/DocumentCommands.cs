using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>What a command on a document gets to work with: the time, today, the calendar and the district settings.</summary>
public sealed record CommandContext(DocumentsDbContext Db, DateTimeOffset Now, DateOnly Today, WorkingCalendar Calendar, DocumentSettings Settings);

/// <summary>Loads a document, applies a command of its domain model, saves, and answers the document as it now stands.</summary>
public sealed class DocumentCommands(DocumentsDbContext db, TimeProvider time, WorkingCalendarProvider calendars, Microsoft.Extensions.Options.IOptions<DocumentSettings> settings)
{
    public async Task<Results<Ok<DocumentResponse>, NotFound>> ExecuteAsync(Guid id, Func<NormativeDocument, CommandContext, Task> command, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return TypedResults.NotFound();
        }

        var context = await ContextAsync(cancellationToken);
        await command(document, context);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DocumentResponse.From(document, context.Today));
    }

    public Task<Results<Ok<DocumentResponse>, NotFound>> ExecuteAsync(Guid id, Action<NormativeDocument, CommandContext> command, CancellationToken cancellationToken) =>
        ExecuteAsync(id, (document, context) =>
        {
            command(document, context);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<CommandContext> ContextAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return new CommandContext(db, now, StatutoryTime.DateOf(now), await calendars.GetAsync(cancellationToken), settings.Value);
    }
}
