using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.BuildingBlocks.Commands;

/// <summary>The one way an endpoint reads a record or answers 404: absent, or not for the caller's eyes (as if it did not exist, ADR 0010).</summary>
public static class RecordReads
{
    /// <summary>A record by id as the API shows it, or 404.</summary>
    public static Task<Results<Ok<TResponse>, NotFound>> ShowAsync<TRecord, TResponse>(
        this IQueryable<TRecord> records, Guid id, Func<TRecord, TResponse> show, CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        records.ShowAsync(r => r.Id == id, _ => true, show, cancellationToken);

    /// <summary>A record by id as the API shows it, or 404 when absent or when the caller <paramref name="mayRead"/> not.</summary>
    public static Task<Results<Ok<TResponse>, NotFound>> ShowAsync<TRecord, TResponse>(
        this IQueryable<TRecord> records, Guid id, Func<TRecord, bool> mayRead, Func<TRecord, TResponse> show, CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        records.ShowAsync(r => r.Id == id, mayRead, show, cancellationToken);

    /// <summary>
    /// The one row that <paramref name="matches"/> (a row keyed otherwise than by id, e.g. a decision's archive), or 404
    /// when there is none, the caller <paramref name="mayRead"/> not, or <paramref name="show"/> finds nothing in it to show.
    /// </summary>
    public static async Task<Results<Ok<TResponse>, NotFound>> ShowAsync<TRow, TResponse>(
        this IQueryable<TRow> rows, Expression<Func<TRow, bool>> matches, Func<TRow, bool> mayRead, Func<TRow, TResponse?> show, CancellationToken cancellationToken)
        where TRow : class =>
        await rows.AsNoTracking().SingleOrDefaultAsync(matches, cancellationToken) is { } row && mayRead(row) && show(row) is { } shown
            ? TypedResults.Ok(shown)
            : TypedResults.NotFound();

    /// <summary>
    /// A record by id, read only, for a request that names it and does something else with it (an
    /// accountability record for a decision), or 404 when absent.
    /// </summary>
    public static async Task<Results<TResult, NotFound>> WithAsync<TRecord, TResult>(
        this IQueryable<TRecord> records, Guid id, Func<TRecord, Task<TResult>> use, CancellationToken cancellationToken)
        where TRecord : AggregateRoot
        where TResult : IResult =>
        await records.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } record
            ? await use(record)
            : TypedResults.NotFound();
}
