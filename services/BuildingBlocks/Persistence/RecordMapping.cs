using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.BuildingBlocks.Persistence;

/// <summary>How every service stores its records and the rows they own, said once for every configuration.</summary>
public static class RecordMapping
{
    /// <summary>How long a unit's code may be, in every table that names one.</summary>
    public const int UnitIdLength = 100;

    /// <summary>A unit's record in its own <paramref name="table"/>, keyed by its id, with the code of the unit that owns it.</summary>
    public static EntityTypeBuilder<TRecord> ToRecordTable<TRecord>(this EntityTypeBuilder<TRecord> builder, string table)
        where TRecord : AggregateRoot
    {
        builder.ToTable(table);
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UnitId).HasMaxLength(UnitIdLength);
        return builder;
    }

    /// <summary>A record's owned rows in a <paramref name="table"/> of their own, each naming its owner in <paramref name="ownerKey"/>.</summary>
    public static OwnedNavigationBuilder<TOwner, TRow> ToOwnedRowsTable<TOwner, TRow>(this OwnedNavigationBuilder<TOwner, TRow> rows, string table, string ownerKey)
        where TOwner : class
        where TRow : class
    {
        rows.ToTable(table);
        rows.WithOwner().HasForeignKey(ownerKey);
        return rows;
    }

    /// <summary>Owned rows keyed by the <c>Id</c> each entry was given when it was created, never one the database generates.</summary>
    public static OwnedNavigationBuilder<TOwner, TRow> KeyedByGivenId<TOwner, TRow>(this OwnedNavigationBuilder<TOwner, TRow> rows)
        where TOwner : class
        where TRow : class
    {
        rows.HasKey("Id");
        rows.Property("Id").ValueGeneratedNever();
        return rows;
    }
}
