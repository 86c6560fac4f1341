using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.Identity.Domain;

namespace RuleOfLaw.Identity.Data;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("units");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Code).HasMaxLength(Limits.Code);
        builder.Property(x => x.Name).HasMaxLength(Limits.Name);
        builder.HasIndex(x => x.Code).IsUnique();
    }
}
