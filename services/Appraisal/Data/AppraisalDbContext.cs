using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.Appraisal.Domain;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Appraisal.Data;

public sealed class AppraisalDbContext(DbContextOptions<AppraisalDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Evidence> Evidence => Set<Evidence>();
}

public sealed class AppraisalDbContextFactory : DesignTimeDbContextFactory<AppraisalDbContext>;

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.ToTable("evidence");
        builder.HasKey(x => x.EventId);
        builder.Property(x => x.EventType).HasMaxLength(300);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.HasIndex(x => new { x.UnitId, x.OccurredAt });
    }
}
