using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.BuildingBlocks.Persistence;

/// <summary>How a transaction holds a record's row until it commits.</summary>
public enum RecordLock
{
    /// <summary>A step that changes the record (<c>FOR UPDATE</c>): it waits for parts being added beside it, and they for it.</summary>
    Change,

    /// <summary>A part added beside the record, such as a comment (<c>FOR SHARE</c>): many at once, none while the record changes.</summary>
    AddPart,
}

/// <summary>
/// Row locks on a record, taken before it is read in a transaction. Comments on a draft are rows of
/// their own; each holds the draft's row shared while it is checked and inserted, and the step that
/// closes the period holds it exclusively, so the closing count includes every accepted comment and
/// no comment is accepted after it, without comments waiting on each other.
/// </summary>
public static class RecordLocks
{
    /// <summary>Locks the record's row for the rest of the current transaction; false when there is no such record.</summary>
    public static async Task<bool> LockAsync<TRecord>(this DbContext db, Guid id, RecordLock mode, CancellationToken cancellationToken)
        where TRecord : AggregateRoot
    {
        var entity = db.Model.FindEntityType(typeof(TRecord)) ?? throw new InvalidOperationException($"{typeof(TRecord).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table)!;
        // Identifiers come from the EF model, never from a client; only the id is a parameter.
        var sql = $"SELECT 1 AS \"Value\" FROM {SchemaPrefix(table.Schema)}{Quote(table.Name)} WHERE {Quote(key)} = {{0}} {(mode == RecordLock.Change ? "FOR UPDATE" : "FOR SHARE")}";
        var rows = await db.Database.SqlQueryRaw<int>(sql, id).ToListAsync(cancellationToken);
        return rows.Count == 1;
    }

    private static string SchemaPrefix(string? schema) => schema is null ? "" : $"{Quote(schema)}.";

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
