using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.Commands;

/// <summary>
/// The shape of every command endpoint: load the record (404 when absent), check <c>If-Match</c>
/// (412 when it changed since the client read it), apply a method of the domain model, save the
/// state, its events and its history in one transaction, answer the record as it now stands with
/// its new ETag. Two commands racing on one record end the same way: the row version is the
/// concurrency token.
/// </summary>
public sealed class RecordCommands(ServiceDbContext db, TimeProvider time, WorkingCalendarProvider calendars, IHttpContextAccessor http)
{
    public async Task<Results<Ok<TResponse>, NotFound, ProblemHttpResult>> ExecuteAsync<TRecord, TResponse>(
        IQueryable<TRecord> records,
        Guid id,
        Func<TRecord, CommandTime, Task> command,
        Func<TRecord, CommandTime, TResponse> respond,
        CancellationToken cancellationToken)
        where TRecord : AggregateRoot
    {
        var record = await records.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        if (!ETags.Matches(http.HttpContext, record))
        {
            return ETags.PreconditionFailed();
        }

        var now = await TimeAsync(cancellationToken);
        await command(record, now);
        await db.SaveChangesAsync(cancellationToken);
        ETags.Set(http.HttpContext, record);
        return TypedResults.Ok(respond(record, now));
    }

    public Task<Results<Ok<TResponse>, NotFound, ProblemHttpResult>> ExecuteAsync<TRecord, TResponse>(
        IQueryable<TRecord> records,
        Guid id,
        Action<TRecord, CommandTime> command,
        Func<TRecord, CommandTime, TResponse> respond,
        CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        ExecuteAsync(records, id, (record, now) =>
        {
            command(record, now);
            return Task.CompletedTask;
        }, respond, cancellationToken);

    /// <summary>
    /// A step that adds a part to the record (a comment on a draft) and answers that part, 201 at
    /// <paramref name="location"/>: load the record (404 when absent), apply, save in one transaction.
    /// Adding a part leaves what a client read of the record as it was, so no If-Match applies.
    /// </summary>
    public async Task<Results<Created<TPart>, NotFound>> AddAsync<TRecord, TPart>(
        IQueryable<TRecord> records,
        Guid id,
        Func<TRecord, CommandTime, Task<TPart>> add,
        Func<TPart, string> location,
        CancellationToken cancellationToken)
        where TRecord : AggregateRoot
    {
        var record = await records.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return TypedResults.NotFound();
        }

        var part = await add(record, await TimeAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(location(part), part);
    }

    public async Task<CommandTime> TimeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return new CommandTime(now, StatutoryTime.DateOf(now), await calendars.GetAsync(cancellationToken));
    }
}
