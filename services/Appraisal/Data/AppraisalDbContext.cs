using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Appraisal.Data;

public sealed class AppraisalDbContext(DbContextOptions<AppraisalDbContext> options) : ServiceDbContext(options)
{
    public DbSet<Evidence> Evidence => Set<Evidence>();

    public DbSet<AppraisalCycle> Cycles => Set<AppraisalCycle>();

    public DbSet<ScoreAdjustment> Adjustments => Set<ScoreAdjustment>();

    public DbSet<Rectification> Rectifications => Set<Rectification>();

    public DbSet<AnnualReport> Reports => Set<AnnualReport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Every row of this service is about a unit, named as the service that published the evidence names it: one length for all.
        var unitIds = modelBuilder.Model.GetEntityTypes()
            .Where(e => e.ClrType.Assembly == typeof(AppraisalDbContext).Assembly)
            .Select(e => e.FindProperty(nameof(Rectification.UnitId)))
            .OfType<IMutableProperty>();
        foreach (var unitId in unitIds)
        {
            unitId.SetMaxLength(RecordMapping.UnitIdLength);
        }
    }
}

public sealed class AppraisalDbContextFactory : DesignTimeDbContextFactory<AppraisalDbContext>;

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.ToTable("evidence");
        builder.HasKey(x => x.EventId);
        builder.Property(x => x.EventType).HasMaxLength(300);
        builder.Property(x => x.Payload).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
        builder.HasIndex(x => new { x.UnitId, x.OccurredAt });
        builder.HasIndex(x => new { x.EventType, x.OccurredAt });
    }
}

internal sealed class AppraisalCycleConfiguration : IEntityTypeConfiguration<AppraisalCycle>
{
    public void Configure(EntityTypeBuilder<AppraisalCycle> builder)
    {
        builder.ToTable("cycles");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.CreatedBy).HasMaxLength(200);

        // The scheme is written once with the cycle and read whole: one JSON column.
        builder.Property(x => x.Indicators).StoredAsJson();
        builder.Property(x => x.PassMark).HasPrecision(5, 2).HasDefaultValue(AppraisalRules.DefaultPassMark);
        builder.Property(x => x.CommendationThreshold).HasPrecision(5, 2).HasDefaultValue(AppraisalRules.DefaultCommendationThreshold);

        // The frozen results are written once, at the freeze, and read whole: one JSON column.
        builder.Property(x => x.Results).StoredAsJson().HasDefaultValueSql("'[]'::jsonb");
        builder.Ignore(x => x.EndsBefore);
        builder.HasMany(x => x.Adjustments).WithOne().HasForeignKey(a => a.CycleId);
        builder.Navigation(x => x.Adjustments).HasField("_adjustments").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>How the service stores a list it writes once and reads whole.</summary>
internal static class JsonColumns
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The list as one JSON column (enums by name), compared item by item to see whether it changed.</summary>
    public static PropertyBuilder<IReadOnlyList<T>> StoredAsJson<T>(this PropertyBuilder<IReadOnlyList<T>> list) =>
        list
            .HasColumnType("jsonb")
            .HasConversion(
                v => JsonSerializer.Serialize(v, Json),
                v => JsonSerializer.Deserialize<List<T>>(v, Json) ?? new List<T>(),
                new ValueComparer<IReadOnlyList<T>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, i) => HashCode.Combine(h, i)), v => v.ToList()));
}

internal sealed class ScoreAdjustmentConfiguration : IEntityTypeConfiguration<ScoreAdjustment>
{
    public void Configure(EntityTypeBuilder<ScoreAdjustment> builder)
    {
        builder.ToTable("score_adjustments");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.IndicatorCode).HasMaxLength(50);
        builder.Property(x => x.Reason).HasMaxLength(1000);
        builder.Property(x => x.Actor).HasMaxLength(200);
        builder.Property(x => x.Points).HasPrecision(7, 2);
    }
}

internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> builder)
    {
        builder.ToTable("rectifications");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Total).HasPrecision(5, 2);
        builder.Property(x => x.PassMark).HasPrecision(5, 2);
        builder.Property(x => x.Measures).HasMaxLength(4000);
        builder.Property(x => x.Opinion).HasMaxLength(2000);
        builder.HasIndex(x => new { x.CycleId, x.UnitId }).IsUnique();
    }
}

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.ToTable("annual_reports");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.FiledBy).HasMaxLength(200);
        builder.Ignore(x => x.Recipients);

        // APP-4: one report per unit and cycle, even when two filings race.
        builder.HasIndex(x => new { x.CycleId, x.UnitId }).IsUnique();
    }
}
