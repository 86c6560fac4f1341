using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.NormativeDocuments.Data;

/// <summary>How the service stores its records, said once for every configuration.</summary>
internal static class RecordMappings
{
    /// <summary>A record's own table, keyed by its id, with the unit it belongs to.</summary>
    public static void ToRecordTable<TRecord>(this EntityTypeBuilder<TRecord> builder, string table)
        where TRecord : AggregateRoot
    {
        builder.ToTable(table);
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UnitId).HasMaxLength(100);
    }
}
