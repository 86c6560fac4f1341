using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Reconsideration.Data;

/// <summary>What every litigation, mediation, petition and compensation table has: its key, the organ's unit, the unit concerned (indexed, for own-unit reads); clocks live in the shared table.</summary>
internal static class RemedyTables
{
    public static void Configure<TRecord>(EntityTypeBuilder<TRecord> builder, string table, bool unitRequired)
        where TRecord : AggregateRoot, IClockedRecord, IConcernsUnit
    {
        builder.ToTable(table);
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.Property<string?>(nameof(IConcernsUnit.ConcernedUnitId)).HasMaxLength(100).IsRequired(unitRequired);
        builder.HasIndex(nameof(IConcernsUnit.ConcernedUnitId));
        builder.Ignore(nameof(IClockedRecord.Clocks));
    }
}

internal sealed class CourtCaseConfiguration : IEntityTypeConfiguration<CourtCase>
{
    public void Configure(EntityTypeBuilder<CourtCase> builder)
    {
        RemedyTables.Configure(builder, "court_cases", unitRequired: true);
        builder.Property(x => x.Court).HasMaxLength(200);
        builder.Property(x => x.CourtCaseNumber).HasMaxLength(100);
        builder.HasIndex(x => new { x.Court, x.CourtCaseNumber }).IsUnique();
        builder.Property(x => x.Plaintiff).HasMaxLength(200);
        builder.Property(x => x.ActChallenged).HasMaxLength(2000);
        builder.Property(x => x.Defence).HasMaxLength(4000);
        builder.Property(x => x.Judgment).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.JudgmentSummary).HasMaxLength(4000);
        builder.Ignore(x => x.DefendantUnitId);
        builder.OwnsMany(x => x.Hearings, hearing => hearing.ToJson("hearings"));
    }
}

internal sealed class MediationCaseConfiguration : IEntityTypeConfiguration<MediationCase>
{
    public void Configure(EntityTypeBuilder<MediationCase> builder)
    {
        RemedyTables.Configure(builder, "mediation_cases", unitRequired: true);
        builder.Property(x => x.Subject).HasMaxLength(2000);
        builder.Property(x => x.Result).HasMaxLength(4000);
    }
}

internal sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        RemedyTables.Configure(builder, "petitions", unitRequired: false);
        builder.Property(x => x.Petitioner).HasMaxLength(200);
        builder.Property(x => x.Matter).HasMaxLength(4000);
        builder.Property(x => x.RedirectedTo).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.RouteNamed).HasMaxLength(500);
        builder.Property(x => x.ExtensionReason).HasMaxLength(2000);
        builder.Property(x => x.Reply).HasMaxLength(4000);
    }
}

internal sealed class CompensationClaimConfiguration : IEntityTypeConfiguration<CompensationClaim>
{
    public void Configure(EntityTypeBuilder<CompensationClaim> builder)
    {
        RemedyTables.Configure(builder, "compensation_claims", unitRequired: true);
        builder.Property(x => x.Claimant).HasMaxLength(200);
        builder.Property(x => x.Act).HasMaxLength(2000);
        builder.Property(x => x.AmountClaimed).HasPrecision(14, 2);
        builder.Property(x => x.AmountDecided).HasPrecision(14, 2);
        builder.Property(x => x.Reasoning).HasMaxLength(4000);
        builder.OwnsMany(x => x.Steps, step =>
        {
            step.ToJson("steps");
            step.Property(s => s.Kind).HasConversion<string>();
        });
    }
}
