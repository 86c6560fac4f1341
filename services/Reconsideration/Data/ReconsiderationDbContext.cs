using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Reconsideration.Data;

/// <summary>The reconsideration service's own database: its cases and other remedies (litigation, mediation, petitions, compensation), with the shared outbox, inbox, history and clocks.</summary>
public sealed class ReconsiderationDbContext(DbContextOptions<ReconsiderationDbContext> options) : ServiceDbContext(options)
{
    public DbSet<ReconsiderationCase> Cases => Set<ReconsiderationCase>();

    public DbSet<CourtCase> CourtCases => Set<CourtCase>();

    public DbSet<MediationCase> MediationCases => Set<MediationCase>();

    public DbSet<Petition> Petitions => Set<Petition>();

    public DbSet<CompensationClaim> CompensationClaims => Set<CompensationClaim>();
}

public sealed class ReconsiderationDbContextFactory : DesignTimeDbContextFactory<ReconsiderationDbContext>;
