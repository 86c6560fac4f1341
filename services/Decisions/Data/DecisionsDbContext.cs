using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Decisions.Data;

/// <summary>The service's own database; its domain's tables come with its own issue.</summary>
public sealed class DecisionsDbContext(DbContextOptions<DecisionsDbContext> options) : ServiceDbContext(options);

public sealed class DecisionsDbContextFactory : DesignTimeDbContextFactory<DecisionsDbContext>;
