namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>
/// 行政许可决定 — an enforcing unit recorded a licence decision under one of its licensing powers
/// (ENF-10). The applicant is not named: the event feeds public statistics.
/// </summary>
public sealed record LicenceDecisionRecorded : IntegrationEvent
{
    public required string PowerCode { get; init; }

    /// <summary>Granted, PartlyGranted or Refused.</summary>
    public required string Outcome { get; init; }

    public required DateOnly ReceivedOn { get; init; }

    public required DateOnly DecidedOn { get; init; }
}
