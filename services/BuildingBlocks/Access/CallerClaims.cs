using System.Security.Claims;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>What the services read from an access token.</summary>
public static class CallerClaims
{
    /// <summary>The code of the unit a member of staff acts for (<c>district-justice</c>): the <c>unitId</c> of the records.</summary>
    public const string UnitCode = "unit_code";

    public static string? UnitOf(ClaimsPrincipal user) => user.FindFirst(UnitCode)?.Value;

    /// <summary>Who the caller is, for a record they sign (a comment's author): their name, else their subject.</summary>
    public static string? NameOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirst("name")?.Value ?? user.FindFirst("sub")?.Value : null;
}
