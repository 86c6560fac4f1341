namespace RuleOfLaw.Contracts.Reconsideration;

/// <summary>
/// A hearing of a court case against <see cref="DefendantUnitId"/> was held (REC-10), and whether the unit's head
/// appeared in court (负责人出庭应诉): one event per hearing, so appraisal computes each unit's head court-appearance rate.
/// </summary>
public sealed record CourtHearingRecorded : IntegrationEvent
{
    public required string DefendantUnitId { get; init; }

    public required string CourtCaseNumber { get; init; }

    public required DateOnly HearingOn { get; init; }

    public required bool HeadAppeared { get; init; }
}
