using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>A requirement about the unit of the record named by the route: failing it answers 404, as if the record did not exist.</summary>
public abstract class RecordUnitRequirement(string routeParameter) : IAuthorizationRequirement
{
    /// <summary>The route value naming the record (<c>id</c> unless the route says otherwise).</summary>
    public string RouteParameter => routeParameter;

    /// <summary>The record's unit, or null when there is no such record.</summary>
    public abstract Task<string?> UnitOfAsync(ServiceDbContext db, Guid id, CancellationToken cancellationToken);

    /// <summary>Whether a caller acting for <paramref name="callerUnit"/> may act on a record of <paramref name="recordUnit"/>.</summary>
    public abstract bool Allows(IServiceProvider services, string callerUnit, string recordUnit);
}

/// <summary>The record named by the route's <c>{id}</c> belongs to the unit the caller acts for.</summary>
public abstract class OwnUnitRequirement(string routeParameter) : RecordUnitRequirement(routeParameter)
{
    public override bool Allows(IServiceProvider services, string callerUnit, string recordUnit) => callerUnit == recordUnit;
}

public sealed class OwnUnitRequirement<TRecord>(string routeParameter) : OwnUnitRequirement(routeParameter)
    where TRecord : AggregateRoot
{
    public override Task<string?> UnitOfAsync(ServiceDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<TRecord>().AsNoTracking().Where(r => r.Id == id).Select(r => (string?)r.UnitId).SingleOrDefaultAsync(cancellationToken);
}

/// <summary>The record named by the route belongs to a unit the caller's legal office reviews for (<see cref="LegalOffices"/>).</summary>
public sealed class ServedUnitRequirement<TRecord>(string routeParameter) : RecordUnitRequirement(routeParameter)
    where TRecord : AggregateRoot
{
    public override Task<string?> UnitOfAsync(ServiceDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.Set<TRecord>().AsNoTracking().Where(r => r.Id == id).Select(r => (string?)r.UnitId).SingleOrDefaultAsync(cancellationToken);

    public override bool Allows(IServiceProvider services, string callerUnit, string recordUnit) =>
        services.GetRequiredService<LegalOffices>().Serve(callerUnit, recordUnit);
}

/// <summary>Reads the record's unit (one indexed lookup) and asks the requirement whether the caller's unit may act on it.</summary>
internal sealed class RecordUnitHandler : AuthorizationHandler<RecordUnitRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RecordUnitRequirement requirement)
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
        if (await requirement.UnitOfAsync(db, id, http.RequestAborted) is { } recordUnit && requirement.Allows(http.RequestServices, callerUnit, recordUnit))
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>The caller acts for the supervising body's legal office (<see cref="LegalOffices.IsSupervising"/>), or is an administrator where allowed.</summary>
public sealed record SupervisingBodyRequirement(bool AdminAllowed) : IAuthorizationRequirement;

internal sealed class SupervisingBodyHandler(LegalOffices offices) : AuthorizationHandler<SupervisingBodyRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SupervisingBodyRequirement requirement)
    {
        if ((requirement.AdminAllowed && context.User.IsInRole(Roles.Admin)) || (context.User.IsInRole(Roles.LegalOffice) && offices.IsSupervising(CallerClaims.UnitOf(context.User))))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
