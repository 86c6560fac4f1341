using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Enforcement.Data;

internal sealed class EnforcingUnitConfiguration : IEntityTypeConfiguration<EnforcingUnit>
{
    public void Configure(EntityTypeBuilder<EnforcingUnit> builder)
    {
        builder.ToRecordTable("enforcing_units");
        builder.HasIndex(x => x.UnitId).IsUnique();
        builder.Property(x => x.Name).HasMaxLength(100);
    }
}

internal sealed class PowerConfiguration : IEntityTypeConfiguration<Power>
{
    public void Configure(EntityTypeBuilder<Power> builder)
    {
        builder.ToRecordTable("powers");
        builder.Property(x => x.Code).HasMaxLength(40);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(x => new { x.UnitId, x.Code }).IsUnique();
        builder.Ignore(x => x.Latest);
        builder.Ignore(x => x.Name);
        builder.OwnsMany(x => x.Versions, version =>
        {
            version.ToOwnedRowsTable("power_versions", "PowerId");
            version.HasKey("PowerId", nameof(PowerVersion.Number));
            version.Property(v => v.Number).ValueGeneratedNever();
            version.Property(v => v.Name).HasMaxLength(200);
            version.Property(v => v.DocumentNumber).HasMaxLength(60);
            version.Property(v => v.DocumentClause).HasMaxLength(40);
            version.HasIndex(v => v.DocumentNumber);
        });
    }
}

internal sealed class KnownDocumentConfiguration : IEntityTypeConfiguration<KnownDocument>
{
    public void Configure(EntityTypeBuilder<KnownDocument> builder)
    {
        builder.ToTable("known_documents");
        builder.HasKey(x => x.Number);
        builder.Property(x => x.Number).HasMaxLength(60);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Standing).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.LeftForceReason).HasMaxLength(40);
        builder.Property(x => x.SuspendedClauses).HasColumnType("text[]");
    }
}

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> builder)
    {
        builder.ToRecordTable("officers");
        builder.Property(x => x.Name).HasMaxLength(50);
        builder.Property(x => x.CertificateNumber).HasMaxLength(40);
        builder.HasIndex(x => x.CertificateNumber).IsUnique();
        builder.HasIndex(x => x.UnitId);
        builder.OwnsMany(x => x.Trainings, training =>
        {
            training.ToOwnedRowsTable("officer_trainings", "OfficerId");
            training.HasKey(t => t.Id);
            training.Property(t => t.Id).ValueGeneratedNever();
            training.Property(t => t.Course).HasMaxLength(200);
        });
    }
}
