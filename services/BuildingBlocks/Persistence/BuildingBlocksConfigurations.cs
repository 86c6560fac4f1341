using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Feed;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.BuildingBlocks.Outbox;

namespace RuleOfLaw.BuildingBlocks.Persistence;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(x => x.Sequence);
        builder.Property(x => x.Sequence).UseIdentityAlwaysColumn();
        builder.HasIndex(x => x.MessageId).IsUnique();
        builder.Property(x => x.MessageType).HasMaxLength(300);
        builder.Property(x => x.Body).HasColumnType("jsonb");
        builder.Property(x => x.TraceParent).HasMaxLength(128);
        // The relay reads pending rows in order; published rows only matter to the purge.
        builder.HasIndex(x => x.Sequence).HasFilter("published_at IS NULL AND dead_lettered_at IS NULL").HasDatabaseName("ix_outbox_messages_pending");
        builder.HasIndex(x => x.PublishedAt);
    }
}

internal sealed class FeedEventConfiguration : IEntityTypeConfiguration<FeedEvent>
{
    /// <summary>Positions come from this sequence, taken by the relay while it holds the relay lock.</summary>
    public const string PositionSequence = "event_feed_position_seq";

    public void Configure(EntityTypeBuilder<FeedEvent> builder)
    {
        builder.ToTable("event_feed");
        builder.HasKey(x => x.Position);
        builder.Property(x => x.Position).ValueGeneratedNever();
        builder.HasIndex(x => x.EventId).IsUnique();
        builder.Property(x => x.Type).HasMaxLength(200);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.Property(x => x.TraceParent).HasMaxLength(128);
        builder.HasIndex(x => x.PublishedAt);
    }
}

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.HasKey(x => new { x.MessageId, x.Consumer });
        builder.Property(x => x.Consumer).HasMaxLength(300);
        builder.Property(x => x.MessageType).HasMaxLength(300);
    }
}

internal sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> builder)
    {
        builder.ToTable("history");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).UseIdentityAlwaysColumn();
        builder.Property(x => x.RecordType).HasMaxLength(100);
        builder.Property(x => x.Actor).HasMaxLength(200);
        builder.Property(x => x.From).HasMaxLength(100);
        builder.Property(x => x.To).HasMaxLength(100);
        builder.HasIndex(x => new { x.RecordId, x.Id });
    }
}

internal sealed class StatutoryClockConfiguration : IEntityTypeConfiguration<StatutoryClock>
{
    public void Configure(EntityTypeBuilder<StatutoryClock> builder)
    {
        builder.ToTable("statutory_clocks");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Unit).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Kind).HasMaxLength(100);
        builder.Property(x => x.RuleId).HasMaxLength(20);
        builder.Property(x => x.RecordType).HasMaxLength(100);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.HasIndex(x => x.DueDate).HasFilter("status = 'Running'").HasDatabaseName("ix_statutory_clocks_running_due");
        builder.HasIndex(x => new { x.RecordId, x.Kind });
    }
}

internal sealed class WorkingCalendarYearConfiguration : IEntityTypeConfiguration<WorkingCalendarYear>
{
    public void Configure(EntityTypeBuilder<WorkingCalendarYear> builder)
    {
        builder.ToTable("working_calendar_years");
        builder.HasKey(x => x.Id);
        builder.HasIndex(x => x.Year).IsUnique();
        builder.Property(x => x.UnitId).HasMaxLength(100);
        builder.Property(x => x.Holidays).HasColumnType("date[]");
        builder.Property(x => x.AdjustedWorkingDays).HasColumnType("date[]");
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(x => new { x.Caller, x.Scope, x.Key });
        builder.Property(x => x.Caller).HasMaxLength(300);
        builder.Property(x => x.Scope).HasMaxLength(300);
        builder.Property(x => x.RequestHash).HasMaxLength(64);
        builder.Property(x => x.Key).HasMaxLength(200);
        builder.Property(x => x.Location).HasMaxLength(500);
        builder.HasIndex(x => x.CreatedAt);
    }
}
