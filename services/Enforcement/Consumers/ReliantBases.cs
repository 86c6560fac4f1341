namespace RuleOfLaw.Enforcement.Consumers;

/// <summary>ENF-1: flags every power whose basis cites a document (or clause) no longer reliable, and every open case relying on it.</summary>
internal static class ReliantBases
{
    public static async Task FlagAsync(EnforcementDbContext db, KnownDocument document, string? clause, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var why = document.WhyNotReliable(clause);
        if (why is null)
        {
            return;
        }

        var citing = await db.Powers.Where(p => p.Versions.Any(v => v.DocumentNumber == document.Number)).ToListAsync(cancellationToken);
        var flagged = citing.Where(p => p.Cites(document.Number, clause)).ToList();
        foreach (var power in flagged)
        {
            power.FlagBasis(why, now);
        }

        var powerIds = flagged.Select(p => p.Id).ToList();
        var open = await db.Cases
            .Where(c => powerIds.Contains(c.PowerId) && c.Status != CaseStatus.Closed && c.Status != CaseStatus.Archived)
            .ToListAsync(cancellationToken);
        foreach (var enforcementCase in open)
        {
            enforcementCase.FlagBasis(why, now);
        }
    }

    /// <summary>The document as this service knows it, learnt now if it was not known yet (events may arrive in any order).</summary>
    public static async Task<KnownDocument> KnownAsync(EnforcementDbContext db, string number, Guid documentId, string unitId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Number == number, cancellationToken);
        if (document is null)
        {
            document = KnownDocument.Learn(number, documentId, unitId, now);
            db.Documents.Add(document);
        }

        return document;
    }
}
