namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>The roles of the district's procedures, as they appear in the <c>role</c> claims of a token.</summary>
public static class Roles
{
    public const string Citizen = "citizen";
    public const string UnitStaff = "unit-staff";
    public const string UnitHead = "unit-head";
    public const string LegalOffice = "legal-office";
    public const string EnforcementOfficer = "enforcement-officer";
    public const string ReconsiderationOfficer = "reconsideration-officer";
    public const string AppraisalAdmin = "appraisal-admin";
    public const string Admin = "admin";

    /// <summary>Held by client applications of other district systems (client credentials), never by a person.</summary>
    public const string DistrictSystem = "district-system";

    /// <summary>Roles whose holder acts for exactly one unit.</summary>
    public static readonly IReadOnlySet<string> StaffRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        UnitStaff, UnitHead, LegalOffice, EnforcementOfficer, ReconsiderationOfficer, AppraisalAdmin,
    };

    /// <summary>Roles a person (a user account) may hold.</summary>
    public static readonly IReadOnlySet<string> PersonRoles = new HashSet<string>(StaffRoles.Append(Citizen).Append(Admin), StringComparer.Ordinal);

    public static bool IsStaff(string role) => StaffRoles.Contains(role);
}
