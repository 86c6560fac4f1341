using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>
/// How much of a record a caller sees. Process information (过程性信息: an unopened draft, legality
/// opinions, risk reports, expert opinions, members' positions) is for the owning unit's staff, the
/// legal offices that review for that unit and administrators; everyone else sees what the procedure has published so far.
/// </summary>
public enum RecordView
{
    /// <summary>What the procedure has published: the public, and staff of other units.</summary>
    Published,

    /// <summary>The whole record, process information included.</summary>
    Full,
}

public static class RecordViews
{
    /// <summary>The view of <paramref name="record"/> for the caller of the current request (published when there is none).</summary>
    public static RecordView Of(HttpContext? http, AggregateRoot record, params string[] crossUnitRoles) =>
        http is null ? RecordView.Published : For(http, record.UnitId, crossUnitRoles);

    /// <summary>
    /// The view of a record of <paramref name="unitId"/>: full for a staff role of that unit, a legal office
    /// that reviews for that unit (<see cref="LegalOffices"/>), administrators and <paramref name="crossUnitRoles"/>;
    /// published for anyone else.
    /// </summary>
    public static RecordView For(HttpContext http, string unitId, params string[] crossUnitRoles)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return RecordView.Published;
        }

        var full = user.IsInRole(Roles.Admin) || crossUnitRoles.Any(user.IsInRole)
            || (CallerClaims.UnitOf(user) == unitId && Roles.StaffRoles.Any(user.IsInRole))
            || (user.IsInRole(Roles.LegalOffice) && OfficesOf(http).Serve(CallerClaims.UnitOf(user), unitId));
        return full ? RecordView.Full : RecordView.Published;
    }

    /// <summary>
    /// Whether the caller sees every unit's process information: administrators, <paramref name="crossUnitRoles"/>,
    /// and a legal office that reviews for every unit of the district.
    /// </summary>
    public static bool SeesEveryUnit(HttpContext http, params string[] crossUnitRoles)
    {
        var user = http.User;
        return user.Identity?.IsAuthenticated == true
            && (user.IsInRole(Roles.Admin) || crossUnitRoles.Any(user.IsInRole)
                || (user.IsInRole(Roles.LegalOffice) && OfficesOf(http).ServesEveryUnit(CallerClaims.UnitOf(user))));
    }

    private static LegalOffices OfficesOf(HttpContext http) => http.RequestServices.GetRequiredService<LegalOffices>();

    /// <summary>The unit whose process information a member of staff sees, if any.</summary>
    public static string? StaffUnitOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && Roles.StaffRoles.Any(user.IsInRole) ? CallerClaims.UnitOf(user) : null;
}
