namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>执法证 — an officer's certificate was registered, valid from/until the given days (ENF-2).</summary>
[PublicEvent]
public sealed record OfficerCertified : IntegrationEvent
{
    public required string Name { get; init; }

    public required string CertificateNumber { get; init; }

    public required DateOnly ValidFrom { get; init; }

    public required DateOnly ValidUntil { get; init; }
}
