namespace RuleOfLaw.Enforcement.Domain;

/// <summary>
/// 全过程记录 — one piece of evidence or record of a step (photo, video, transcript, notice served):
/// the file's metadata and its SHA-256, so the file kept elsewhere can be checked against it (ENF-4, ENF-9).
/// </summary>
public sealed class EvidenceItem
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The case's step when the item was recorded, e.g. Investigating, HearingHeld, Served.</summary>
    public string Step { get; init; } = "";

    public string FileName { get; init; } = "";

    public string MediaType { get; init; } = "";

    public long SizeBytes { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file.</summary>
    public string Sha256 { get; init; } = "";

    public DateOnly CollectedOn { get; init; }

    public Guid CollectedBy { get; init; }

    public string Description { get; init; } = "";

    /// <summary>What the case file's hash chain holds for this item (<see cref="CaseFileChain"/>).</summary>
    public string ChainContent() =>
        $"{Id:N}|{Step}|{FileName}|{MediaType}|{SizeBytes}|{Sha256}|{CollectedOn:yyyy-MM-dd}|{CollectedBy:N}|{Description}";
}
