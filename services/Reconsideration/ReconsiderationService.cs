using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Reconsideration;

/// <summary>行政复议 — the reconsideration service: applications, statutory deadlines, decisions, compliance, other remedies.</summary>
public static class ReconsiderationService
{
    public static readonly ServiceIdentity Identity = new(ResourceNames.Reconsideration, "/api/reconsideration", ResourceNames.ReconsiderationDb);
}
