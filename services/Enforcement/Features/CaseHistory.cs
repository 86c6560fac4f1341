using RuleOfLaw.BuildingBlocks.History;

namespace RuleOfLaw.Enforcement.Features;

internal static class CaseHistory
{
    /// <summary>A case's history is part of its file: staff of its unit only.</summary>
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapHistory(CaseClocks.RecordType).ForOwnUnit<EnforcementCase>(Roles.UnitStaff, Roles.UnitHead, Roles.EnforcementOfficer, Roles.LegalOffice);
}
