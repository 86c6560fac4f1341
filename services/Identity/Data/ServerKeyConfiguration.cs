using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.Identity.Keys;

namespace RuleOfLaw.Identity.Data;

internal sealed class ServerKeyConfiguration : IEntityTypeConfiguration<ServerKey>
{
    public void Configure(EntityTypeBuilder<ServerKey> builder)
    {
        builder.ToTable("server_keys");
        // One key per use: two instances starting on an empty database race, and the loser reads the winner's key.
        builder.HasKey(x => x.Use);
        builder.Property(x => x.Use).HasMaxLength(20);
        builder.Property(x => x.KeyId).HasMaxLength(100);
    }
}
