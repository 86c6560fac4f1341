using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.BuildingBlocks.Persistence;
using NpgsqlTypes;
using RuleOfLaw.Procedures.Persistence;

namespace RuleOfLaw.NormativeDocuments.Data;

internal sealed class NormativeDocumentConfiguration : IEntityTypeConfiguration<NormativeDocument>
{
    public void Configure(EntityTypeBuilder<NormativeDocument> builder)
    {
        builder.ToRecordTable("documents");
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Competence).HasMaxLength(100);

        // DOC-7: the column keeps what the drafter declared; a 暂行/试行 title makes the document provisional on top of it.
        builder.Property(x => x.Provisional).HasField("_declaredProvisional").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(x => x.Number).HasMaxLength(60);
        builder.Property(x => x.Filing).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(x => x.Number).IsUnique().HasFilter("number IS NOT NULL");
        builder.HasIndex(x => new { x.UnitId, x.NumberYear, x.NumberSequence }).IsUnique().HasFilter("number IS NOT NULL");
        builder.HasIndex(x => new { x.UnitId, x.DraftedAt });
        builder.HasIndex(x => new { x.Status, x.EffectiveFrom, x.ExpiresOn });

        // DOC-12: the search reads document_search (DocumentSearchRow), which PostgreSQL keeps from these rows.
        builder.HasOne<DocumentSearchRow>().WithOne().HasForeignKey<DocumentSearchRow>(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);

        builder.OwnsMany(x => x.Versions, version =>
        {
            version.ToTable("document_versions");
            version.WithOwner().HasForeignKey("DocumentId");
            version.HasKey("DocumentId", nameof(DocumentVersion.Number));
            version.Property(v => v.Number).ValueGeneratedNever();
            version.Property(v => v.Title).HasMaxLength(200);
        });
        // Column names from before the comment period became the shared consultation, so existing rows keep their dates.
        var consultation = builder.OwnsConsultation(x => x.Consultation, x => x.Comments);
        consultation.Property(c => c.OpensOn).HasColumnName("comment_opens_on");
        consultation.Property(c => c.ClosesOn).HasColumnName("comment_closes_on");
        builder.OwnsLegalityReview(x => x.Review);
        builder.OwnsCollectiveMeeting(x => x.Discussion, "document_meeting_positions", "DocumentId");
        builder.OwnsMany(x => x.SuspendedClauses, clause => clause.ToJson());
        builder.OwnsOne(x => x.FilingReview, review =>
        {
            review.Property(r => r.OpenedBecause).HasMaxLength(200);
            review.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(30);
            review.OwnsOne(r => r.Checklist);
        });
        builder.HasMany(x => x.Register).WithOne().HasForeignKey(e => e.DocumentId);
        builder.Navigation(x => x.Register).HasField("_register").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>The public search's narrow rows (decision 0020): the newest first, words through the GIN index.</summary>
internal sealed class DocumentSearchRowConfiguration : IEntityTypeConfiguration<DocumentSearchRow>
{
    public void Configure(EntityTypeBuilder<DocumentSearchRow> builder)
    {
        builder.ToTable("document_search");
        builder.HasKey(x => x.DocumentId);
        builder.Property(x => x.DocumentId).ValueGeneratedNever();
        builder.Property(x => x.Number).HasMaxLength(60);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(x => x.SearchVector).HasMethod("GIN");
        builder.HasIndex(x => new { x.PublishedOn, x.NumberSequence }).IsDescending(true, true);
        builder.HasIndex(x => x.Number);
    }
}

internal sealed class RegisterEntryConfiguration : IEntityTypeConfiguration<RegisterEntry>
{
    public void Configure(EntityTypeBuilder<RegisterEntry> builder)
    {
        builder.ToTable("register_entries");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).UseIdentityAlwaysColumn();
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.Property(x => x.Number).HasMaxLength(60);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(x => new { x.DocumentId, x.RecordedAt });
        builder.HasIndex(x => new { x.RecordedAt, x.EffectiveFrom, x.ExpiresOn });
    }
}

internal sealed class IssuingUnitConfiguration : IEntityTypeConfiguration<IssuingUnit>
{
    public void Configure(EntityTypeBuilder<IssuingUnit> builder)
    {
        builder.ToRecordTable("issuing_units");
        builder.HasIndex(x => x.UnitId).IsUnique();
        builder.HasIndex(x => x.Code).IsUnique();
        builder.Property(x => x.Code).HasMaxLength(20);
        builder.Property(x => x.Name).HasMaxLength(100);
    }
}

internal sealed class NumberCounterConfiguration : IEntityTypeConfiguration<NumberCounter>
{
    public void Configure(EntityTypeBuilder<NumberCounter> builder)
    {
        builder.ToTable("document_number_counters");
        builder.HasKey(x => new { x.UnitId, x.Year });
        builder.Property(x => x.UnitId).HasMaxLength(100);
    }
}

internal sealed class ObjectionConfiguration : IEntityTypeConfiguration<Objection>
{
    public void Configure(EntityTypeBuilder<Objection> builder)
    {
        builder.ToRecordTable("objections");
        builder.Property(x => x.Objector).HasMaxLength(100);
        builder.HasIndex(x => x.DocumentId);
    }
}

internal sealed class CleanupCampaignConfiguration : IEntityTypeConfiguration<CleanupCampaign>
{
    public void Configure(EntityTypeBuilder<CleanupCampaign> builder)
    {
        builder.ToRecordTable("cleanup_campaigns");
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.OwnsMany(x => x.Items, item =>
        {
            item.ToTable("cleanup_items");
            item.WithOwner().HasForeignKey("CampaignId");
            item.HasKey("CampaignId", nameof(CleanupItem.DocumentId));
            item.Property(i => i.Result).HasConversion<string>().HasMaxLength(20);
            item.Property(i => i.Number).HasMaxLength(60);
            item.Property(i => i.Title).HasMaxLength(200);
        });
    }
}

internal sealed class IncidentalReviewConfiguration : IEntityTypeConfiguration<IncidentalReview>
{
    public void Configure(EntityTypeBuilder<IncidentalReview> builder)
    {
        builder.ToRecordTable("incidental_reviews");
        builder.Property(x => x.DocumentNumber).HasMaxLength(60);
        builder.Property(x => x.TransferredTo).HasMaxLength(200);
        builder.HasIndex(x => x.CaseId);
    }
}

internal sealed class DocumentCommentConfiguration() : PublicCommentConfiguration("document_comments", "document_id");
