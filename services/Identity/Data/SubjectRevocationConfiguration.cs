using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.Identity.Connect;

namespace RuleOfLaw.Identity.Data;

internal sealed class SubjectRevocationConfiguration : IEntityTypeConfiguration<SubjectRevocation>
{
    public void Configure(EntityTypeBuilder<SubjectRevocation> builder)
    {
        builder.ToTable("subject_revocations");
        builder.HasKey(x => x.Subject);
        builder.Property(x => x.Subject).HasMaxLength(Limits.ClientId);
        builder.Property(x => x.Stamp).HasMaxLength(64);
        builder.HasIndex(x => x.RevokedAt);
    }
}
