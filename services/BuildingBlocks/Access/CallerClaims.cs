using System.Security.Claims;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>What the services read from an access token.</summary>
public static class CallerClaims
{
    /// <summary>The code of the unit a member of staff acts for (<c>district-justice</c>): the <c>unitId</c> of the records.</summary>
    public static string? UnitOf(ClaimsPrincipal user) => user.FindFirst(ClaimNames.UnitCode)?.Value;

    /// <summary>Who the caller is, for a record they sign (a comment's author): their name, else their subject.</summary>
    public static string? NameOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirst(ClaimNames.Name)?.Value ?? user.FindFirst(ClaimNames.Subject)?.Value : null;

    /// <summary>
    /// The person acting (a reviewer, the head who suspends): always the token's, never a name in the
    /// request body. Only for endpoints that require a token.
    /// </summary>
    public static string ActorOf(ClaimsPrincipal user) =>
        NameOf(user) ?? throw new InvalidOperationException("The endpoint requires a signed-in caller.");

    /// <summary>A step only <paramref name="role"/> may take, within an endpoint other roles may call (403 otherwise).</summary>
    public static void RequireRole(ClaimsPrincipal user, string role, string chinese, string english)
    {
        if (!user.IsInRole(role))
        {
            throw new RoleRequiredException(chinese, english);
        }
    }
}

/// <summary>Thrown when a step within an endpoint needs a role the caller does not hold (403).</summary>
public sealed class RoleRequiredException(string chinese, string english) : Exception(english)
{
    /// <summary>The reason in Chinese, as a client reads it by default; <see cref="Exception.Message"/> is the English one.</summary>
    public string Chinese { get; } = chinese;
}
