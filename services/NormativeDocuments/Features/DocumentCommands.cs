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
/// <remarks>
/// A client that sends <c>If-Match</c> with the ETag it read gets 412 when the document changed
/// since; the answer carries the new ETag. Two commands racing on one document end the same way
/// (the row version is the concurrency token).
/// </remarks>
public sealed class DocumentCommands(
    DocumentsDbContext db, TimeProvider time, WorkingCalendarProvider calendars, Microsoft.Extensions.Options.IOptions<DocumentSettings> settings, IHttpContextAccessor http)
{
    public async Task<Results<Ok<DocumentResponse>, NotFound, ProblemHttpResult>> ExecuteAsync(Guid id, Func<NormativeDocument, CommandContext, Task> command, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return TypedResults.NotFound();
        }

        if (!ETags.Matches(http.HttpContext, document))
        {
            return ETags.PreconditionFailed();
        }

        var context = await ContextAsync(cancellationToken);
        await command(document, context);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http.HttpContext, document);
        return TypedResults.Ok(DocumentResponse.From(document, context.Today));
    }

    public Task<Results<Ok<DocumentResponse>, NotFound, ProblemHttpResult>> ExecuteAsync(Guid id, Action<NormativeDocument, CommandContext> command, CancellationToken cancellationToken) =>
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

/// <summary>The ETag of a record is its row version.</summary>
public static class ETags
{
    public static string Of(RuleOfLaw.BuildingBlocks.Domain.AggregateRoot record) => $"\"{record.Version}\"";

    /// <summary>True unless the request's If-Match names another version.</summary>
    public static bool Matches(HttpContext? context, RuleOfLaw.BuildingBlocks.Domain.AggregateRoot record)
    {
        var ifMatch = context?.Request.Headers.IfMatch.ToString();
        return string.IsNullOrEmpty(ifMatch) || ifMatch == "*" || ifMatch == Of(record);
    }

    public static ProblemHttpResult PreconditionFailed() =>
        TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The document changed since it was read", detail: "Read it again and retry with its current ETag.");

    public static void Set(HttpContext? context, RuleOfLaw.BuildingBlocks.Domain.AggregateRoot record)
    {
        if (context is not null)
        {
            context.Response.Headers.ETag = Of(record);
        }
    }
}
