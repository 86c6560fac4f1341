using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Decisions;

/// <summary>重大行政决策 — the decisions service: major administrative decisions, from catalogue to evaluation.</summary>
public static class DecisionsService
{
    public static readonly ServiceNames Names = new(ResourceNames.Decisions, "/api/decisions", ResourceNames.DecisionsDb);
}
