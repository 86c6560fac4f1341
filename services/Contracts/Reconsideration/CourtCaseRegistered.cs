namespace RuleOfLaw.Contracts.Reconsideration;

/// <summary>
/// 行政应诉 — a court case against <see cref="DefendantUnitId"/> was registered (REC-10); its defence and
/// evidence are due by <see cref="DefenceDueOn"/>.
/// </summary>
public sealed record CourtCaseRegistered : IntegrationEvent
{
    public required string DefendantUnitId { get; init; }

    public required string Court { get; init; }

    public required string CourtCaseNumber { get; init; }

    public required DateOnly ServedOn { get; init; }

    public required DateOnly DefenceDueOn { get; init; }
}
