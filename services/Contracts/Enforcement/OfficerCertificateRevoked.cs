namespace RuleOfLaw.Contracts.Enforcement;

/// <summary>An officer's certificate was revoked: they may no longer act (ENF-2).</summary>
public sealed record OfficerCertificateRevoked : IntegrationEvent
{
    public required string CertificateNumber { get; init; }

    public required DateOnly RevokedOn { get; init; }

    public required string Reason { get; init; }
}
