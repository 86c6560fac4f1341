using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Enforcement.Data;

/// <summary>The mapping the service's tables share, said once.</summary>
internal static class RecordMapping
{
    /// <summary>A unit's record in <paramref name="table"/>: keyed by its id, its unit code as long as any unit code may be (100).</summary>
    public static EntityTypeBuilder<TRecord> ToUnitRecordTable<TRecord>(this EntityTypeBuilder<TRecord> builder, string table)
        where TRecord : AggregateRoot
    {
        builder.ToTable(table);
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UnitId).HasMaxLength(100);
        return builder;
    }

    /// <summary>A record's owned rows in their own <paramref name="table"/>, each naming its owner in <paramref name="ownerKey"/>.</summary>
    public static OwnedNavigationBuilder<TOwner, TRow> ToOwnedRowsTable<TOwner, TRow>(this OwnedNavigationBuilder<TOwner, TRow> rows, string table, string ownerKey)
        where TOwner : class
        where TRow : class
    {
        rows.ToTable(table);
        rows.WithOwner().HasForeignKey(ownerKey);
        return rows;
    }
}
