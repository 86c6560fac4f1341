namespace RuleOfLaw.Contracts.Reconsideration;

/// <summary>
/// 附带审查 — an applicant asked, in a reconsideration case (<see cref="IntegrationEvent.RecordId"/>),
/// for a review of a normative document the contested act relied on (REC-9 → DOC-14).
/// </summary>
public sealed record IncidentalReviewRequested : IntegrationEvent
{
    /// <summary>The document's number, e.g. 南府规〔2026〕3号.</summary>
    public required string DocumentNumber { get; init; }

    /// <summary>The clauses the applicant contests, e.g. "第五条".</summary>
    public required IReadOnlyList<string> Clauses { get; init; }

    public required string Grounds { get; init; }

    /// <summary>The day the reconsideration organ received the request: the review's periods run from it.</summary>
    public required DateOnly ReceivedOn { get; init; }
}
