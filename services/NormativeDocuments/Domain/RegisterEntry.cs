namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>
/// What the public register showed about one document from <see cref="RecordedAt"/> until the
/// next entry: appended on every change to a published document, never updated. It answers
/// "what did the register show on date Y about date X" (DOC-12) while the document itself
/// shows the present.
/// </summary>
public sealed class RegisterEntry
{
    public long Id { get; private init; }

    public Guid DocumentId { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public required string UnitId { get; init; }

    public required string Number { get; init; }

    public required string Title { get; init; }

    public DocumentStatus Status { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    public DateOnly ExpiresOn { get; init; }

    public DateOnly? LeftForceOn { get; init; }

    public int VersionNumber { get; init; }

    public List<string> SuspendedClauses { get; init; } = [];

    public bool InForceOn(DateOnly day) =>
        EffectiveFrom <= day && day <= ExpiresOn && (LeftForceOn is null || day < LeftForceOn);
}
