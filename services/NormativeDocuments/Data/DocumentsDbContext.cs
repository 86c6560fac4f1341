using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.NormativeDocuments.Data;

public sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options) : ServiceDbContext(options)
{
    public DbSet<NormativeDocument> Documents => Set<NormativeDocument>();

    public DbSet<IssuingUnit> IssuingUnits => Set<IssuingUnit>();

    public DbSet<RegisterEntry> Register => Set<RegisterEntry>();

    /// <summary>The public search's rows, kept by PostgreSQL from the documents (decision 0020); read only.</summary>
    public DbSet<DocumentSearchRow> DocumentSearch => Set<DocumentSearchRow>();

    public DbSet<NumberCounter> NumberCounters => Set<NumberCounter>();

    public DbSet<Objection> Objections => Set<Objection>();

    public DbSet<CleanupCampaign> CleanupCampaigns => Set<CleanupCampaign>();

    public DbSet<IncidentalReview> IncidentalReviews => Set<IncidentalReview>();
}
