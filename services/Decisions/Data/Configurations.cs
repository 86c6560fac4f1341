using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.Procedures.Persistence;

namespace RuleOfLaw.Decisions.Data;

internal sealed class DecisionCatalogueConfiguration : IEntityTypeConfiguration<DecisionCatalogue>
{
    public void Configure(EntityTypeBuilder<DecisionCatalogue> builder)
    {
        builder.ToRecordTable("catalogues");
        builder.HasIndex(x => new { x.UnitId, x.Year }).IsUnique();
        builder.OwnsOne(x => x.Approval, approval =>
        {
            approval.Property(a => a.ApprovedBy).HasMaxLength(100);
            approval.Property(a => a.Reference).HasMaxLength(100);
        });
        builder.OwnsMany(x => x.Items, item =>
        {
            item.ToOwnedRowsTable("catalogue_items", "CatalogueId").KeyedByGivenId();
            item.Property(i => i.Title).HasMaxLength(200);
            item.Property(i => i.LeadUnitId).HasMaxLength(100);
        });
    }
}

internal sealed class MajorDecisionConfiguration : IEntityTypeConfiguration<MajorDecision>
{
    public void Configure(EntityTypeBuilder<MajorDecision> builder)
    {
        builder.ToRecordTable("decisions");
        builder.Property(x => x.LeadUnitId).HasMaxLength(100);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.HasIndex(x => new { x.UnitId, x.OpenedAt });
        builder.HasIndex(x => x.CatalogueItemId);
        builder.HasIndex(x => x.PreviousDecisionId);

        builder.OwnsConsultation(x => x.Consultation, x => x.Comments);
        builder.OwnsOne(x => x.Hearing, hearing =>
        {
            hearing.ToJson();
            hearing.OwnsMany(h => h.Participants);
        });
        builder.OwnsMany(x => x.ExpertOpinions, opinion =>
        {
            opinion.ToOwnedRowsTable("expert_opinions", "DecisionId").KeyedByGivenId();
            opinion.Property(o => o.Expert).HasMaxLength(100);
            opinion.Property(o => o.Field).HasMaxLength(100);
            opinion.Property(o => o.SignedBy).HasMaxLength(100);
        });
        builder.OwnsOne(x => x.RiskAssessment, risk =>
        {
            risk.Property(r => r.AssessorUnitId).HasMaxLength(100);
            risk.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        });
        builder.OwnsLegalityReview(x => x.Review);
        builder.OwnsCollectiveMeeting(x => x.Meeting, "decision_meeting_positions", "DecisionId");
        builder.OwnsMany(x => x.Evaluations, evaluation =>
        {
            evaluation.ToOwnedRowsTable("evaluations", "DecisionId").KeyedByGivenId();
            evaluation.Property(e => e.EvaluatorUnitId).HasMaxLength(100);
            evaluation.Property(e => e.Evaluator).HasMaxLength(100);
            evaluation.Property(e => e.Trigger).HasConversion<string>().HasMaxLength(20);
            evaluation.Property(e => e.Result).HasConversion<string>().HasMaxLength(20);
        });
    }
}

internal sealed class DecisionArchiveConfiguration : IEntityTypeConfiguration<DecisionArchive>
{
    public void Configure(EntityTypeBuilder<DecisionArchive> builder)
    {
        builder.ToTable("decision_archives");
        builder.HasKey(x => x.DecisionId);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.Property(x => x.Content).HasColumnType("jsonb");
    }
}

internal sealed class AccountabilityRecordConfiguration : IEntityTypeConfiguration<AccountabilityRecord>
{
    public void Configure(EntityTypeBuilder<AccountabilityRecord> builder)
    {
        builder.ToRecordTable("accountability_records");
        builder.Property(x => x.Ground).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(x => x.DecisionId);
        builder.OwnsMany(x => x.ResponsiblePersons, p => p.ToJson());
    }
}

internal sealed class DecisionCommentConfiguration() : PublicCommentConfiguration("decision_comments", "decision_id");
