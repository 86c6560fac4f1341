using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.Reconsideration.Domain;

namespace RuleOfLaw.Reconsideration.Data;

internal sealed class CourtCaseConfiguration : IEntityTypeConfiguration<CourtCase>
{
    public void Configure(EntityTypeBuilder<CourtCase> builder)
    {
        builder.ToTable("court_cases");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.Property(x => x.ConcernedUnitId).HasMaxLength(100).IsRequired();
        builder.Property(x => x.Court).HasMaxLength(200);
        builder.Property(x => x.CourtCaseNumber).HasMaxLength(100);
        builder.HasIndex(x => new { x.Court, x.CourtCaseNumber }).IsUnique();
        builder.HasIndex(x => x.ConcernedUnitId);
        builder.Property(x => x.Plaintiff).HasMaxLength(200);
        builder.Property(x => x.ActChallenged).HasMaxLength(2000);
        builder.Property(x => x.Defence).HasMaxLength(4000);
        builder.Property(x => x.Judgment).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.JudgmentSummary).HasMaxLength(4000);
        builder.Ignore(x => x.DefendantUnitId);
        builder.Ignore(x => x.Clocks);
        builder.Ignore(x => x.StartedClocks);
        builder.OwnsMany(x => x.Hearings, hearing => hearing.ToJson("hearings"));
    }
}
