namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>One line of the register as the public sees it.</summary>
public sealed record RegisterItem(
    Guid Id, string Number, string Title, string UnitId, DocumentStatus Status, DateOnly PublishedOn,
    DateOnly EffectiveFrom, DateOnly ExpiresOn, DateOnly? LeftForceOn, IReadOnlyList<string> SuspendedClauses, int Version);
