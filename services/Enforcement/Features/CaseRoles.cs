namespace RuleOfLaw.Enforcement.Features;

/// <summary>Who does what in the enforcement service.</summary>
internal static class CaseRoles
{
    /// <summary>Handle a case of their own unit: its officers and the unit's head.</summary>
    public static readonly string[] Handlers = [Roles.EnforcementOfficer, Roles.UnitHead];

    /// <summary>Keep the registry (units, powers, certificates): the district's legal office (司法局).</summary>
    public static readonly string[] Registrars = [Roles.LegalOffice, Roles.Admin];

    /// <summary>Staff of a unit.</summary>
    public static readonly string[] UnitStaff = [Roles.UnitStaff, Roles.UnitHead, Roles.EnforcementOfficer];
}
