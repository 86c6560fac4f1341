using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Enforcement.Data;

internal sealed class EnforcementCaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> builder)
    {
        builder.ToRecordTable("cases");
        builder.Property(x => x.Number).HasMaxLength(80);
        builder.HasIndex(x => x.Number).IsUnique();
        builder.Property(x => x.PowerCode).HasMaxLength(40);
        builder.Property(x => x.PowerName).HasMaxLength(200);
        builder.Property(x => x.PartyName).HasMaxLength(200);
        builder.Property(x => x.PartyAccount).HasMaxLength(200);
        builder.Property(x => x.PartyKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ProposedKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.PenaltyKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Circumstance).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ReconsiderationOutcome).HasMaxLength(40);
        builder.Property(x => x.OfficerIds).HasColumnType("uuid[]");
        builder.HasIndex(x => new { x.UnitId, x.OpenedOn });
        builder.HasIndex(x => x.PowerId);
        builder.HasIndex(x => x.PartyAccount);
        builder.Ignore(x => x.DecisionDueOn);
        builder.Property(x => x.DecisionExtensionApprovedBy).HasMaxLength(200);
        builder.Property(x => x.DecisionExtensionReason).HasMaxLength(2000);
        builder.Ignore(x => x.ProposedPenalty);
        builder.Ignore(x => x.DecidedPenalty);
        builder.OwnsMany(x => x.Evidence, evidence =>
        {
            evidence.ToOwnedRowsTable("case_evidence", "CaseId");
            evidence.HasKey(e => e.Id);
            evidence.Property(e => e.Id).ValueGeneratedNever();
            evidence.Property(e => e.Step).HasMaxLength(40);
            evidence.Property(e => e.FileName).HasMaxLength(260);
            evidence.Property(e => e.MediaType).HasMaxLength(100);
            evidence.Property(e => e.Sha256).HasMaxLength(64);
            evidence.Property(e => e.Description).HasMaxLength(1000);
        });
        builder.OwnsMany(x => x.FileChain, entry =>
        {
            entry.ToOwnedRowsTable("case_file_entries", "CaseId");
            entry.HasKey("CaseId", nameof(CaseFileEntry.Sequence));
            entry.Property(e => e.Sequence).ValueGeneratedNever();
            entry.Property(e => e.Kind).HasMaxLength(20);
            entry.Property(e => e.PreviousHash).HasMaxLength(64);
            entry.Property(e => e.Hash).HasMaxLength(64);
        });
    }
}

internal sealed class DiscretionBenchmarkConfiguration : IEntityTypeConfiguration<DiscretionBenchmark>
{
    public void Configure(EntityTypeBuilder<DiscretionBenchmark> builder)
    {
        builder.ToRecordTable("discretion_benchmarks");
        builder.Property(x => x.PowerCode).HasMaxLength(40);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.HasIndex(x => new { x.PowerId, x.EffectiveFrom });
        builder.OwnsMany(x => x.Ranges, range =>
        {
            range.ToOwnedRowsTable("benchmark_ranges", "BenchmarkId");
            range.HasKey("BenchmarkId", nameof(BenchmarkRange.Circumstance));
            range.Property(r => r.Circumstance).HasConversion<string>().HasMaxLength(20);
            range.Property(r => r.Description).HasMaxLength(500);
        });
    }
}

internal sealed class CompetenceDisputeConfiguration : IEntityTypeConfiguration<CompetenceDispute>
{
    public void Configure(EntityTypeBuilder<CompetenceDispute> builder)
    {
        builder.ToRecordTable("competence_disputes");
        builder.Property(x => x.OtherUnitId).HasMaxLength(100);
        builder.Property(x => x.CompetentUnitId).HasMaxLength(100);
        builder.Property(x => x.Matter).HasMaxLength(1000);
    }
}

internal sealed class CaseFileReviewConfiguration : IEntityTypeConfiguration<CaseFileReview>
{
    public void Configure(EntityTypeBuilder<CaseFileReview> builder)
    {
        builder.ToRecordTable("case_file_reviews");
        builder.HasIndex(x => x.Year);
        builder.OwnsMany(x => x.Files, file =>
        {
            file.ToOwnedRowsTable("reviewed_files", "ReviewId");
            file.HasKey("ReviewId", nameof(ReviewedFile.CaseId));
            file.Property(f => f.UnitId).HasMaxLength(100);
            file.Property(f => f.Findings).HasMaxLength(2000);
        });
    }
}
