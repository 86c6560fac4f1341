using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>
/// The one way an endpoint says who may call it. Reads of a group are public; every write names its
/// roles and whether the caller must act for the record's unit. An endpoint that says nothing needs
/// a valid token (the fallback policy).
/// </summary>
public static class AccessConventions
{
    /// <summary>Holders of <paramref name="roles"/>, on records of their own unit only: another unit's record answers 404.</summary>
    public static RouteHandlerBuilder ForOwnUnit<TRecord>(this RouteHandlerBuilder endpoint, params string[] roles)
        where TRecord : AggregateRoot =>
        endpoint.ForOwnUnitAt<TRecord>("id", roles);

    /// <summary>As <see cref="ForOwnUnit{TRecord}"/>, for a route naming the record by another parameter.</summary>
    public static RouteHandlerBuilder ForOwnUnitAt<TRecord>(this RouteHandlerBuilder endpoint, string routeParameter, params string[] roles)
        where TRecord : AggregateRoot =>
        endpoint
            .RequireAuthorization(new AuthorizationPolicyBuilder().RequireRole(roles).AddRequirements(new OwnUnitRequirement<TRecord>(routeParameter)).Build())
            .WithMetadata(new AccessRule(roles, OwnUnit: true, Anonymous: false))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// The legal office that reviews for the record's unit (<see cref="LegalOffices"/>): its own legal
    /// department, or the office the district assigns; any other legal office gets 404.
    /// </summary>
    public static RouteHandlerBuilder ForServingLegalOffice<TRecord>(this RouteHandlerBuilder endpoint)
        where TRecord : AggregateRoot =>
        endpoint
            .RequireAuthorization(new AuthorizationPolicyBuilder().RequireRole(Roles.LegalOffice).AddRequirements(new ServedUnitRequirement<TRecord>("id")).Build())
            .WithMetadata(new AccessRule([Roles.LegalOffice], OwnUnit: false, Anonymous: false, Scope: "served-units"))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// The supervising body's legal office (and administrators where <paramref name="withAdmin"/>): filing
    /// review, revocation, the issuing units' competences, cleanup campaigns. Another legal office gets 403.
    /// </summary>
    public static RouteHandlerBuilder ForSupervisingBody(this RouteHandlerBuilder endpoint, bool withAdmin = false)
    {
        string[] roles = withAdmin ? [Roles.LegalOffice, Roles.Admin] : [Roles.LegalOffice];
        return endpoint
            .RequireAuthorization(new AuthorizationPolicyBuilder().RequireRole(roles).AddRequirements(new SupervisingBodyRequirement(withAdmin)).Build())
            .WithMetadata(new AccessRule(roles, OwnUnit: false, Anonymous: false, Scope: "supervising-body"))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>
    /// Holders of <paramref name="roles"/>, whatever unit owns the record (the legal office reviews
    /// every unit's drafts). A creating endpoint checks the unit it creates for with <see cref="ActingUnit"/>.
    /// </summary>
    public static RouteHandlerBuilder ForRoles(this RouteHandlerBuilder endpoint, params string[] roles) =>
        endpoint
            .RequireAuthorization(new AuthorizationPolicyBuilder().RequireRole(roles).Build())
            .WithMetadata(new AccessRule(roles, OwnUnit: false, Anonymous: false))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>Anyone, signed in or not (public comments, objections); a token, if sent, must still be valid.</summary>
    public static RouteHandlerBuilder ForAnyone(this RouteHandlerBuilder endpoint) =>
        endpoint.AllowAnonymous().WithMetadata(new AccessRule([], OwnUnit: false, Anonymous: true));

    /// <summary>Every GET of the group is public; writes say who may call them.</summary>
    public static TBuilder WithPublicReads<TBuilder>(this TBuilder group)
        where TBuilder : IEndpointConventionBuilder
    {
        group.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().Any(m => m.HttpMethods.All(h => h is "GET" or "HEAD")))
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
                endpoint.Metadata.Add(new AccessRule([], OwnUnit: false, Anonymous: true));
            }
        });
        return group;
    }
}
