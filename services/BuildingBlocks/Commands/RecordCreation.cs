using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.BuildingBlocks.Commands;

/// <summary>How every service stores a record it has just created and answers for it.</summary>
public static class RecordCreation
{
    /// <summary>
    /// Adds <paramref name="record"/> and saves it (with its history, events and clocks, in one transaction), then
    /// answers 201 with where it is read (<paramref name="location"/>) and what <paramref name="show"/> shows.
    /// </summary>
    public static async Task<Created<TResponse>> SaveCreatedAsync<TRecord, TResponse>(
        this DbContext db, TRecord record, string location, Func<TRecord, TResponse> show, CancellationToken cancellationToken)
        where TRecord : AggregateRoot
    {
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(location, show(record));
    }
}
