using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Idempotency;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>How the service creates a record: the same declarations for every such endpoint, and its 201 under the service's prefix.</summary>
internal static class NewRecords
{
    /// <summary>Saves a new record and answers 201 with where it is read: <paramref name="path"/>, under the service's prefix.</summary>
    public static Task<Created<TResponse>> CreatedAsync<TRecord, TResponse>(
        this EnforcementDbContext db, TRecord record, string path, Func<TRecord, TResponse> respond, CancellationToken cancellationToken)
        where TRecord : AggregateRoot =>
        db.SaveCreatedAsync(record, $"{EnforcementService.Names.RoutePrefix}/{path}", respond, cancellationToken);

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
