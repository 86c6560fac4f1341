using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Enforcement.Data;

/// <summary>The service's own database; its domain's tables come with its own issue.</summary>
public sealed class EnforcementDbContext(DbContextOptions<EnforcementDbContext> options) : ServiceDbContext(options);

public sealed class EnforcementDbContextFactory : DesignTimeDbContextFactory<EnforcementDbContext>;
