using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Decisions.Data;

/// <summary>Builds the context for the EF tools (migrations) without starting the service.</summary>
public sealed class DecisionsDbContextFactory : DesignTimeDbContextFactory<DecisionsDbContext>;
