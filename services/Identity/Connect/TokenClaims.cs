namespace RuleOfLaw.Identity.Connect;

/// <summary>Claims of the district beyond the standard ones (<c>sub</c>, <c>name</c>, <c>role</c>, <c>scope</c>).</summary>
public static class TokenClaims
{
    /// <summary>The Guid of the unit a member of staff acts for; absent for citizens and district systems.</summary>
    public const string UnitId = "unit_id";

    /// <summary>The unit's stable code (e.g. <c>district-justice</c>), alongside <see cref="UnitId"/>.</summary>
    public const string UnitCode = "unit_code";
}
