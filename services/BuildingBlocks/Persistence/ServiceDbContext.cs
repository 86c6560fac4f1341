using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.BuildingBlocks.Feed;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.BuildingBlocks.Outbox;

namespace RuleOfLaw.BuildingBlocks.Persistence;

/// <summary>
/// Base of every service's DbContext: adds the tables every service has (outbox, inbox, history,
/// clocks, working calendar). A service adds its own aggregates in <see cref="OnModelCreating"/>.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<FeedEvent> EventFeed => Set<FeedEvent>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    public DbSet<StatutoryClock> Clocks => Set<StatutoryClock>();

    public DbSet<WorkingCalendarYear> CalendarYears => Set<WorkingCalendarYear>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // What a record did to its clocks is saved as clock rows, never as a column of the record.
        modelBuilder.Ignore<ClockChanges>();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ServiceDbContext).Assembly);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        modelBuilder.HasSequence<long>(FeedEventConfiguration.PositionSequence);

        // Every aggregate: xmin as its ETag, its state stored by name (readable in SQL, stable when enums grow).
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.ClrType.IsAssignableTo(typeof(AggregateRoot))))
        {
            var type = modelBuilder.Entity(entity.ClrType);
            type.Property(nameof(AggregateRoot.Version)).IsRowVersion();
            if (entity.FindProperty("Status") is { } status && status.ClrType.IsEnum)
            {
                type.Property("Status").HasConversion<string>().HasMaxLength(40);
            }
        }
    }
}
