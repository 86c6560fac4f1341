using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Decisions.Data;

public sealed class DecisionsDbContext(DbContextOptions<DecisionsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<DecisionCatalogue> Catalogues => Set<DecisionCatalogue>();

    public DbSet<MajorDecision> Decisions => Set<MajorDecision>();

    public DbSet<DecisionArchive> Archives => Set<DecisionArchive>();

    public DbSet<AccountabilityRecord> AccountabilityRecords => Set<AccountabilityRecord>();
}
