using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Enforcement;

/// <summary>行政执法 — the enforcement service: enforcing units, certified officers, discretion benchmarks, cases.</summary>
public static class EnforcementService
{
    public static readonly ServiceNames Names = new(ResourceNames.Enforcement, "/api/enforcement", ResourceNames.EnforcementDb);
}
