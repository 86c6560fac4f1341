using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.BuildingBlocks.Commands;

public static class RecordReads
{
    /// <summary>A record by id as the API shows it, or 404.</summary>
    public static async Task<Results<Ok<TResponse>, NotFound>> ShowAsync<TRecord, TResponse>(
        this IQueryable<TRecord> records, Guid id, Func<TRecord, TResponse> show, CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        await records.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } record
            ? TypedResults.Ok(show(record))
            : TypedResults.NotFound();
}
