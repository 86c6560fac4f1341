using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Reconsideration;

/// <summary>行政复议 — the reconsideration service: applications, statutory deadlines, decisions, compliance, other remedies.</summary>
public static class ReconsiderationService
{
    public static readonly ServiceNames Names = new(ResourceNames.Reconsideration, "/api/reconsideration", ResourceNames.ReconsiderationDb);

    /// <summary>The unit of the reconsideration organ (行政复议机关) that owns the cases, unless <c>Reconsideration:OrganUnitId</c> says otherwise.</summary>
    public const string DefaultOrganUnitId = "district-government";

    public static string OrganUnitOf(IConfiguration configuration) => configuration["Reconsideration:OrganUnitId"] ?? DefaultOrganUnitId;
}
