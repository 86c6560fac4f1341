using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.Identity.Domain;

namespace RuleOfLaw.Identity.Data;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.ToTable("users");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.UserName).HasMaxLength(Limits.UserName);
        builder.Property(x => x.DisplayName).HasMaxLength(Limits.Name);
        builder.Property(x => x.PasswordHash).HasMaxLength(500);
        builder.Property(x => x.Roles).HasColumnType("text[]");
        builder.Property(x => x.SecurityStamp).HasMaxLength(64);
        builder.HasIndex(x => x.UserName).IsUnique();
        builder.HasIndex(x => x.UnitId);
        builder.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
