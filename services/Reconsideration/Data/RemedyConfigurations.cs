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

internal sealed class MediationCaseConfiguration : IEntityTypeConfiguration<MediationCase>
{
    public void Configure(EntityTypeBuilder<MediationCase> builder)
    {
        builder.ToTable("mediation_cases");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.Property(x => x.ConcernedUnitId).HasMaxLength(100).IsRequired();
        builder.HasIndex(x => x.ConcernedUnitId);
        builder.Property(x => x.Subject).HasMaxLength(2000);
        builder.Property(x => x.Result).HasMaxLength(4000);
        builder.Ignore(x => x.Clocks);
        builder.Ignore(x => x.StartedClocks);
    }
}

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        builder.ToTable("petitions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.Property(x => x.ConcernedUnitId).HasMaxLength(100);
        builder.HasIndex(x => x.ConcernedUnitId);
        builder.Property(x => x.Petitioner).HasMaxLength(200);
        builder.Property(x => x.Matter).HasMaxLength(4000);
        builder.Property(x => x.RedirectedTo).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.RouteNamed).HasMaxLength(500);
        builder.Property(x => x.ExtensionReason).HasMaxLength(2000);
        builder.Property(x => x.Reply).HasMaxLength(4000);
        builder.Ignore(x => x.Clocks);
        builder.Ignore(x => x.StartedClocks);
    }
}

internal sealed class CompensationClaimConfiguration : IEntityTypeConfiguration<CompensationClaim>
{
    public void Configure(EntityTypeBuilder<CompensationClaim> builder)
    {
        builder.ToTable("compensation_claims");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.Property(x => x.ConcernedUnitId).HasMaxLength(100).IsRequired();
        builder.HasIndex(x => x.ConcernedUnitId);
        builder.Property(x => x.Claimant).HasMaxLength(200);
        builder.Property(x => x.Act).HasMaxLength(2000);
        builder.Property(x => x.AmountClaimed).HasPrecision(14, 2);
        builder.Property(x => x.AmountDecided).HasPrecision(14, 2);
        builder.Property(x => x.Reasoning).HasMaxLength(4000);
        builder.Ignore(x => x.Clocks);
        builder.Ignore(x => x.StartedClocks);
        builder.OwnsMany(x => x.Steps, step =>
        {
            step.ToJson("steps");
            step.Property(s => s.Kind).HasConversion<string>();
        });
    }
}
