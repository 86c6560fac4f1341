using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.Identity.Domain;

namespace RuleOfLaw.Identity.Administration;

/// <summary>The administration API: units, accounts and clients, for administrators (role admin) only.</summary>
public static class AdministrationEndpoints
{
    public static void MapAdministration(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(IdentityService.Names.RoutePrefix).RequireAuthorization(IdentityHosting.AdministratorPolicy).WithIdempotentCreation();
        api.MapUnits();
        api.MapUsers();
        api.MapClients();
        api.MapGet("/roles", () => TypedResults.Ok(Roles.PersonRoles.Order(StringComparer.Ordinal).Select(r => new RoleResponse(r, Roles.IsStaff(r))).ToList()))
            .WithTags("Roles")
            .WithName("ListRoles")
            .WithSummary("The roles a person may hold, and whether each acts for a unit.");
    }
}

public sealed record RoleResponse(string Name, bool ActsForUnit);
