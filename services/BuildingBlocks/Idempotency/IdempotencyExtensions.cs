using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace RuleOfLaw.BuildingBlocks.Idempotency;

/// <summary>Endpoint metadata: the endpoint honours <c>Idempotency-Key</c> (shown in its OpenAPI operation).</summary>
public sealed class IdempotentCreation
{
    internal static readonly IdempotentCreation Instance = new();

    private IdempotentCreation()
    {
    }
}

/// <summary>Endpoint metadata: the endpoint creates, but its answer must never be stored for a replay (it holds a secret shown once).</summary>
/// <param name="Reason">Why, for the OpenAPI description.</param>
public sealed record NoIdempotentReplay(string Reason);

public static class IdempotencyExtensions
{
    /// <summary>
    /// Every endpoint of the group that can answer 201 Created accepts an <c>Idempotency-Key</c>: a
    /// retried request returns the first result, never a second record. Applied to each service's route
    /// group, so a creating endpoint added later cannot forget it.
    /// </summary>
    public static TBuilder WithIdempotentCreation<TBuilder>(this TBuilder group)
        where TBuilder : IEndpointConventionBuilder
    {
        group.Add(endpoint => endpoint.FilterFactories.Add((_, next) =>
        {
            // Filter factories run once the endpoint's metadata is complete, including what its return type produces.
            if (!Creates(endpoint.Metadata) || endpoint.Metadata.OfType<NoIdempotentReplay>().Any())
            {
                return next;
            }

            endpoint.Metadata.Add(IdempotentCreation.Instance);
            var filter = new IdempotencyFilter();
            return invocation => filter.InvokeAsync(invocation, next);
        }));
        return group;
    }

    /// <summary>Accepts an <c>Idempotency-Key</c> header on an endpoint mapped outside a service's group.</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<IdempotencyFilter>().WithMetadata(IdempotentCreation.Instance);

    /// <summary>A creating endpoint whose answer must not be stored: a retry creates again or is refused as a duplicate.</summary>
    public static RouteHandlerBuilder WithoutIdempotentReplay(this RouteHandlerBuilder builder, string reason) =>
        builder.WithMetadata(new NoIdempotentReplay(reason));

    internal static bool Creates(IList<object> metadata) =>
        metadata.OfType<IProducesResponseTypeMetadata>().Any(p => p.StatusCode == StatusCodes.Status201Created);
}
