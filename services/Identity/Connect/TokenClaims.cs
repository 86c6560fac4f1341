namespace RuleOfLaw.Identity.Connect;

/// <summary>Claims of the district beyond the standard ones (<c>sub</c>, <c>name</c>, <c>role</c>, <c>scope</c>).</summary>
public static class TokenClaims
{
    /// <summary>The Guid of the unit a member of staff acts for; absent for citizens and district systems.</summary>
    public const string UnitId = "unit_id";

    /// <summary>The unit's stable code (e.g. <c>district-justice</c>), alongside <see cref="UnitId"/>.</summary>
    public const string UnitCode = "unit_code";

    /// <summary>
    /// The account's security stamp when the token was issued (a district system's: its registration). The
    /// gateway and the services refuse a token whose subject is on the revocation list with another stamp.
    /// </summary>
    public const string SecurityStamp = "security_stamp";
}
