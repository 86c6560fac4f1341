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
/// its new ETag. The record's row is locked before it is read (<see cref="RecordLocks"/>), so two
/// commands racing on one record take turns and the second decides on what the first left; the row
/// version stays the concurrency token a client's If-Match is checked against.
/// </summary>
public sealed class RecordCommands(ServiceDbContext db, TimeProvider time, WorkingCalendarProvider calendars, IHttpContextAccessor http)
{
    public Task<Results<Ok<TResponse>, NotFound, ProblemHttpResult>> ExecuteAsync<TRecord, TResponse>(
        IQueryable<TRecord> records,
        Guid id,
        Func<TRecord, CommandTime, Task> command,
        Func<TRecord, CommandTime, TResponse> respond,
        CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        InTransactionAsync<TRecord, Results<Ok<TResponse>, NotFound, ProblemHttpResult>>(id, RecordLock.Change, TypedResults.NotFound(), async () =>
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
        }, cancellationToken);

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
    /// <paramref name="location"/>. The record is read without the parts it loads automatically, so
    /// the hundredth comment costs what the first did; its row is held shared, so parts are added side
    /// by side but never while a step changes the record. Adding a part leaves what a client read of
    /// the record as it was, so no If-Match applies.
    /// </summary>
    public Task<Results<Created<TPart>, NotFound>> AddAsync<TRecord, TPart>(
        IQueryable<TRecord> records,
        Guid id,
        Func<TRecord, CommandTime, Task<TPart>> add,
        Func<TPart, string> location,
        CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        InTransactionAsync<TRecord, Results<Created<TPart>, NotFound>>(id, RecordLock.AddPart, TypedResults.NotFound(), async () =>
        {
            var record = await records.IgnoreAutoIncludes().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (record is null)
            {
                return TypedResults.NotFound();
            }

            var part = await add(record, await TimeAsync(cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Created(location(part), part);
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="step"/> in one transaction with the record's row locked first (or inside
    /// the caller's transaction), retried whole on a transient failure; a refusal rolls it all back.
    /// </summary>
    private Task<TResult> InTransactionAsync<TRecord, TResult>(Guid id, RecordLock mode, TResult notFound, Func<Task<TResult>> step, CancellationToken cancellationToken)
        where TRecord : AggregateRoot
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return LockedAsync();
        }

        var attempt = 0;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            if (attempt++ > 0)
            {
                db.ChangeTracker.Clear();
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await LockedAsync();
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);

        async Task<TResult> LockedAsync() =>
            await db.LockAsync<TRecord>(id, mode, cancellationToken) ? await step() : notFound;
    }

    public async Task<CommandTime> TimeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return new CommandTime(now, StatutoryTime.DateOf(now), await calendars.GetAsync(cancellationToken));
    }
}
