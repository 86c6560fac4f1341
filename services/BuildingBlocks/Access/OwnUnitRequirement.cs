using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>The record named by the route's <c>{id}</c> belongs to the unit the caller acts for.</summary>
public abstract class OwnUnitRequirement(string routeParameter) : IAuthorizationRequirement
{
    /// <summary>The route value naming the record (<c>id</c> unless the route says otherwise).</summary>
    public string RouteParameter => routeParameter;

    /// <summary>The record's unit, or null when there is no such record.</summary>
    public abstract Task<string?> UnitOfAsync(ServiceDbContext db, Guid id, CancellationToken cancellationToken);
}

public sealed class OwnUnitRequirement<TRecord>(string routeParameter) : OwnUnitRequirement(routeParameter)
    where TRecord : AggregateRoot
{
    public override Task<string?> UnitOfAsync(ServiceDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<TRecord>().AsNoTracking().Where(r => r.Id == id).Select(r => (string?)r.UnitId).SingleOrDefaultAsync(cancellationToken);
}

/// <summary>Reads the record's unit (one indexed lookup) and compares it with the caller's.</summary>
internal sealed class OwnUnitHandler : AuthorizationHandler<OwnUnitRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnUnitRequirement requirement)
    {
        if (context.Resource is not HttpContext http || CallerClaims.UnitOf(context.User) is not { } callerUnit)
        {
            return;
        }

        if (!Guid.TryParse(http.GetRouteValue(requirement.RouteParameter) as string, out var id))
        {
            return;
        }

        var db = http.RequestServices.GetRequiredService<ServiceDbContext>();
        if (await requirement.UnitOfAsync(db, id, http.RequestAborted) == callerUnit)
        {
            context.Succeed(requirement);
        }
    }
}
