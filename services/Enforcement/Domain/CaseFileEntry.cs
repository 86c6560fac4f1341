namespace RuleOfLaw.Enforcement.Domain;

/// <summary>
/// One link of a case file's hash chain (ENF-9): a state change or an evidence item, hashed together
/// with the previous link's hash, so changing or removing any earlier entry breaks every later hash.
/// </summary>
public sealed class CaseFileEntry
{
    public const string StateKind = "state";
    public const string EvidenceKind = "evidence";

    public int Sequence { get; init; }

    /// <summary>Millisecond precision, as stored, so the hash recomputes from the row.</summary>
    public DateTimeOffset At { get; init; }

    public string Kind { get; init; } = "";

    public string Content { get; init; } = "";

    public string PreviousHash { get; init; } = "";

    public string Hash { get; init; } = "";
}
