namespace RuleOfLaw.Contracts.Reconsideration;

/// <summary>
/// 不予受理 — an application was refused (REC-2), with the reason and the competent organ; this event is
/// the report to the supervising body (不予受理报备, REC-8).
/// </summary>
public sealed record ReconsiderationRefused : IntegrationEvent
{
    public required string RespondentUnitId { get; init; }

    public required DateOnly RefusedOn { get; init; }

    public required string Reason { get; init; }

    public string? CompetentOrgan { get; init; }
}
