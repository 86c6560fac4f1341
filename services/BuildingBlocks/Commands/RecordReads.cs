using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.BuildingBlocks.Commands;

/// <summary>The one way to read a record or answer 404: no endpoint writes the "load, or not found" block by hand.</summary>
public static class RecordReads
{
    /// <summary>A record by id as the API shows it, or 404.</summary>
    public static Task<Results<Ok<TResponse>, NotFound>> ShowAsync<TRecord, TResponse>(
        this IQueryable<TRecord> records, Guid id, Func<TRecord, TResponse> show, CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        records.ShowAsync(r => r.Id == id, show, cancellationToken);

    /// <summary>
    /// The record <paramref name="which"/> selects (by another key than its id, or its id) as the API shows
    /// it; 404 when there is none, or when <paramref name="show"/> answers null because the caller may not
    /// see it (as if there were no such record).
    /// </summary>
    public static async Task<Results<Ok<TResponse>, NotFound>> ShowAsync<TRecord, TResponse>(
        this IQueryable<TRecord> records, Expression<Func<TRecord, bool>> which, Func<TRecord, TResponse?> show, CancellationToken cancellationToken)
        where TRecord : class =>
        await records.AsNoTracking().SingleOrDefaultAsync(which, cancellationToken) is { } record && show(record) is { } shown
            ? TypedResults.Ok(shown)
            : TypedResults.NotFound();
}
