using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Reconsideration.Data;

/// <summary>The service's own database; its domain's tables come with its own issue.</summary>
public sealed class ReconsiderationDbContext(DbContextOptions<ReconsiderationDbContext> options) : ServiceDbContext(options);

public sealed class ReconsiderationDbContextFactory : DesignTimeDbContextFactory<ReconsiderationDbContext>;
