using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Enforcement.Data;

internal sealed class LicenceDecisionConfiguration : IEntityTypeConfiguration<LicenceDecision>
{
    public void Configure(EntityTypeBuilder<LicenceDecision> builder)
    {
        builder.ToRecordTable("licence_decisions");
        builder.Property(x => x.PowerCode).HasMaxLength(40);
        builder.Property(x => x.PowerName).HasMaxLength(200);
        builder.Property(x => x.LegalBasis).HasMaxLength(600);
        builder.Property(x => x.ApplicantName).HasMaxLength(200);
        builder.Property(x => x.ApplicantKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Reasons).HasMaxLength(2000);
        builder.HasIndex(x => new { x.UnitId, x.DecidedOn });
        builder.HasIndex(x => x.PowerId);
    }
}
