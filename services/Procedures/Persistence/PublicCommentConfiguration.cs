using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.Procedures.Persistence;

/// <summary>
/// Where a service keeps the public comments on its drafts: a table of its own, keyed to the record
/// by <paramref name="recordKey"/>. Each service derives one with its table's names.
/// </summary>
public abstract class PublicCommentConfiguration(string table, string recordKey) : IEntityTypeConfiguration<PublicComment>
{
    public void Configure(EntityTypeBuilder<PublicComment> builder)
    {
        builder.ToTable(table);
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.RecordId).HasColumnName(recordKey);
        builder.HasIndex(c => c.RecordId);
        builder.Property(c => c.Author).HasMaxLength(100);
        builder.Property(c => c.Disposition).HasConversion<string>().HasMaxLength(20);
    }
}
