using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Enforcement.Data;

/// <summary>The enforcement service's own database: registry, officers, benchmarks, cases, licence decisions, reviews and its view of documents.</summary>
public sealed class EnforcementDbContext(DbContextOptions<EnforcementDbContext> options) : ServiceDbContext(options)
{
    public DbSet<EnforcingUnit> Units => Set<EnforcingUnit>();

    public DbSet<Power> Powers => Set<Power>();

    public DbSet<KnownDocument> Documents => Set<KnownDocument>();

    public DbSet<Officer> Officers => Set<Officer>();

    public DbSet<DiscretionBenchmark> Benchmarks => Set<DiscretionBenchmark>();

    public DbSet<EnforcementCase> Cases => Set<EnforcementCase>();

    public DbSet<CompetenceDispute> Disputes => Set<CompetenceDispute>();

    public DbSet<CaseFileReview> Reviews => Set<CaseFileReview>();

    public DbSet<LicenceDecision> Licences => Set<LicenceDecision>();
}

public sealed class EnforcementDbContextFactory : DesignTimeDbContextFactory<EnforcementDbContext>;
