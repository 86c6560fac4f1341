using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary>
/// The routes of one kind of other remedy (REC-10 … REC-12: court cases, mediations, petitions, compensation claims),
/// under <c>{prefix}/{collection}</c>: the legal/reconsideration organ registers its records and takes their steps, each
/// answered as <typeparamref name="TResponse"/>; the record checks its rules, and a refused step is a 409 naming the
/// rule. Each route names and describes itself where it is mapped. Its handlers are typed delegates for the reason
/// <see cref="CaseSteps"/> gives.
/// </summary>
internal sealed class RemedyRoutes<TRecord, TResponse>(RouteGroupBuilder group, string collection, Func<TRecord, TResponse> show)
    where TRecord : AggregateRoot, IClockedRecord, IConcernsUnit
{
    /// <summary>
    /// Registers the record <paramref name="register"/> makes of the request for the organ's unit, with the clocks it
    /// started (201 at the record); <paramref name="refuse"/>, where given, first checks what the record cannot see
    /// itself, the records already stored.
    /// </summary>
    public RouteHandlerBuilder MapRegistration<TRequest>(
        TRequest example, Func<TRequest, string, CommandTime, TRecord> register, Func<TRequest, ReconsiderationDbContext, CancellationToken, Task>? refuse = null)
        where TRequest : notnull
    {
        Func<TRequest, ReconsiderationDbContext, CaseCommands, IConfiguration, CancellationToken, Task<Created<TResponse>>> handler = async (request, db, commands, configuration, ct) =>
        {
            if (refuse is not null)
            {
                await refuse(request, db, ct);
            }

            var record = register(request, ReconsiderationService.OrganUnitOf(configuration), await commands.TimeAsync(ct));
            return await commands.CreateAsync(record, collection, show, ct);
        };
        return group.MapPost("/", handler).DescribedAsStep(example).ForRoles(RemedyAccess.Organ);
    }

    /// <summary>The record, the list and the history, for those <see cref="RemedyAccess"/> lets see them.</summary>
    public void MapReads(string name, string plural) => RemedyReads.Map(group, name, plural, show);

    /// <summary>A step the organ takes on a record.</summary>
    public RouteHandlerBuilder MapStep<TRequest>(string pattern, TRequest example, Action<TRecord, TRequest, CommandTime> step)
        where TRequest : notnull
    {
        Func<Guid, TRequest, ReconsiderationDbContext, CaseCommands, CancellationToken, Task<Results<Ok<TResponse>, NotFound, ProblemHttpResult>>> handler =
            (id, request, db, commands, ct) => commands.RunOnAsync(db.Set<TRecord>(), id, (r, time) => step(r, request, time), show, ct);
        return group.MapPost(pattern, handler).DescribedAsStep(example).ForRoles(RemedyAccess.Organ);
    }
}
