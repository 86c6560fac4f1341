using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Idempotency;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>How the service creates a record: the same declarations for every such endpoint, and the same 201 answer.</summary>
internal static class NewRecords
{
    /// <summary>
    /// Adds <paramref name="record"/> and saves it (with its history, events and clocks, in one transaction), then
    /// answers 201 with where it is read (<paramref name="path"/>, under the service's prefix) and what <paramref name="respond"/> shows.
    /// </summary>
    public static async Task<Created<TResponse>> CreatedAsync<TRecord, TResponse>(
        this EnforcementDbContext db, TRecord record, string path, Func<TRecord, TResponse> respond, CancellationToken cancellationToken)
        where TRecord : AggregateRoot
    {
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"{EnforcementService.Names.RoutePrefix}/{path}", respond(record));
    }

    /// <summary>
    /// What every creating endpoint declares: its body validated and shown by <paramref name="example"/>, the
    /// <paramref name="problems"/> it may answer besides a rule's 409 (404 where its body names a registry record that
    /// does not exist), and <c>Idempotency-Key</c> honoured, so that a retried creation creates nothing twice.
    /// </summary>
    public static RouteHandlerBuilder AsCreation<TRequest>(this RouteHandlerBuilder endpoint, TRequest example, params int[] problems)
        where TRequest : notnull
    {
        endpoint.Validate<TRequest>().WithRequestExample(example);
        foreach (var status in problems)
        {
            endpoint.ProducesProblem(status);
        }

        return endpoint.ProducesProblem(StatusCodes.Status409Conflict).WithIdempotency();
    }
}
