namespace RuleOfLaw.NormativeDocuments.Data;

/// <summary>The last number given per issuing unit and year (DOC-6); only <see cref="NextAsync"/> changes it.</summary>
public sealed class NumberCounter
{
    public required string UnitId { get; init; }

    public int Year { get; init; }

    public int LastNumber { get; init; }

    /// <summary>
    /// The next number, inside the caller's transaction. The upsert locks the counter row until the
    /// transaction ends: concurrent publications of one unit and year queue here, and a rolled-back
    /// publication gives its number back, so numbers have no gap and no repeat.
    /// </summary>
    public static async Task<int> NextAsync(DocumentsDbContext db, string unitId, int year, CancellationToken cancellationToken) =>
        (await db.Database.SqlQuery<int>($"""
            INSERT INTO document_number_counters (unit_id, year, last_number) VALUES ({unitId}, {year}, 1)
            ON CONFLICT (unit_id, year) DO UPDATE SET last_number = document_number_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken)).Single(); // an INSERT cannot be composed over, so no SingleAsync
}
