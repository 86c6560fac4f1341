namespace RuleOfLaw.Enforcement.Domain;

/// <summary>
/// This service's own view of a normative document (ENF-1), built from the documents service's events
/// only — never from its database. Events may arrive twice or out of order: leaving force is final.
/// </summary>
public sealed class KnownDocument
{
    private KnownDocument()
    {
    }

    public string Number { get; private init; } = "";

    public Guid DocumentId { get; private init; }

    public string UnitId { get; private set; } = "";

    public string? Title { get; private set; }

    public DateOnly? EffectiveFrom { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public DocumentStanding Standing { get; private set; }

    public DateOnly? LeftForceOn { get; private set; }

    public string? LeftForceReason { get; private set; }

    public List<string> SuspendedClauses { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    public static KnownDocument Learn(string number, Guid documentId, string unitId, DateTimeOffset now) =>
        new() { Number = number, DocumentId = documentId, UnitId = unitId, Standing = DocumentStanding.Published, UpdatedAt = now };

    public void Published(string title, DateOnly effectiveFrom, DateOnly expiresOn, DateTimeOffset now)
    {
        Title = title;
        EffectiveFrom = effectiveFrom;
        ExpiresOn = expiresOn;
        UpdatedAt = now;
    }

    public void EnteredForce(DateOnly since, DateTimeOffset now)
    {
        EffectiveFrom ??= since;
        if (Standing != DocumentStanding.LeftForce)
        {
            Standing = DocumentStanding.InForce;
        }

        UpdatedAt = now;
    }

    public void LeftForce(DateOnly since, string reason, DateTimeOffset now)
    {
        Standing = DocumentStanding.LeftForce;
        LeftForceOn = since;
        LeftForceReason = reason;
        UpdatedAt = now;
    }

    public void SuspendClause(string clause, DateTimeOffset now)
    {
        if (!SuspendedClauses.Contains(clause))
        {
            SuspendedClauses = [.. SuspendedClauses, clause];
        }

        UpdatedAt = now;
    }

    /// <summary>Why a basis citing this document (and clause) cannot be relied on, or null while it can.</summary>
    public string? WhyNotReliable(string? clause)
    {
        if (Standing == DocumentStanding.LeftForce)
        {
            return $"{Number} is no longer in force since {LeftForceOn:yyyy-MM-dd} ({LeftForceReason})";
        }

        var suspended = SuspendedClauses.Where(c => clause is null || c == clause).ToList();
        return suspended.Count > 0 ? $"{Number} {string.Join("、", suspended)} is suspended" : null;
    }
}
