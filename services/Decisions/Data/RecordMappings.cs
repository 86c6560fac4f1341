using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Decisions.Data;

/// <summary>How the service stores its records and the lists they own, said once for every configuration.</summary>
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

    /// <summary>
    /// An owned list as rows of a table of their own, beside their owner's <paramref name="ownerKey"/>; each row is
    /// keyed by the <c>Id</c> its entry was given when created, never one the database generates.
    /// </summary>
    public static void ToRowTable<TOwner, TEntry>(this OwnedNavigationBuilder<TOwner, TEntry> rows, string table, string ownerKey)
        where TOwner : class
        where TEntry : class
    {
        rows.ToTable(table);
        rows.WithOwner().HasForeignKey(ownerKey);
        rows.HasKey("Id");
        rows.Property("Id").ValueGeneratedNever();
    }
}
