namespace RuleOfLaw.Decisions.Domain;

/// <summary>
/// 听证会 (DEC-3): announced with how participants were chosen and who they are, materials sent
/// ahead, held, and its record signed.
/// </summary>
public sealed record Hearing
{
    public DateOnly HearingDate { get; init; }

    public string SelectionMethod { get; init; } = "";

    public List<HearingParticipant> Participants { get; init; } = [];

    /// <summary>The day the selection method and the list were published.</summary>
    public DateOnly AnnouncedOn { get; init; }

    public DateOnly? MaterialsSentOn { get; init; }

    public DateOnly? HeldOn { get; init; }

    public string? Record { get; init; }

    public List<string> SignedBy { get; init; } = [];

    public bool Held => HeldOn is not null;

    /// <summary>
    /// A copy with participants of its own: EF tracks each participant as an entity of its owner, so a
    /// changed hearing must not share them with the one it replaces.
    /// </summary>
    public Hearing Copy() => this with { Participants = [.. Participants.Select(p => p with { })], SignedBy = [.. SignedBy] };

    public int Categories => Participants.Select(p => p.Category).Distinct(StringComparer.Ordinal).Count();
}
