namespace RuleOfLaw;

/// <summary>
/// The claims of the district's access tokens, as the identity service issues them and the gateway and the
/// services read them: written here once.
/// </summary>
public static class ClaimNames
{
    /// <summary>Who holds the token: a user account's id, or a district system's client id.</summary>
    public const string Subject = "sub";

    /// <summary>The holder's display name.</summary>
    public const string Name = "name";

    /// <summary>One claim per role (see the services' <c>Roles</c>).</summary>
    public const string Role = "role";

    /// <summary>The client application the token was issued to (RFC 9068), and its older spelling <c>azp</c>.</summary>
    public const string ClientId = "client_id";

    public const string AuthorizedParty = "azp";

    /// <summary>The Guid of the unit a member of staff acts for; absent for citizens and district systems.</summary>
    public const string UnitId = "unit_id";

    /// <summary>
    /// The unit's stable code (e.g. <c>district-justice</c>), alongside <see cref="UnitId"/>: the <c>unitId</c> of
    /// the services' records.
    /// </summary>
    public const string UnitCode = "unit_code";

    /// <summary>
    /// The account's security stamp when the token was issued (a district system's: its registration). The
    /// gateway and the services refuse a token whose subject is on the revocation list with another stamp.
    /// </summary>
    public const string SecurityStamp = "security_stamp";
}
