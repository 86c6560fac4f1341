namespace RuleOfLaw.Enforcement.Features;

public sealed record EnforcingUnitResponse(Guid Id, string UnitId, string Name)
{
    public static EnforcingUnitResponse From(EnforcingUnit u) => new(u.Id, u.UnitId, u.Name);
}

public sealed record PowerVersionResponse(int Number, DateOnly EffectiveFrom, string Name, string? LawBasis, string? DocumentNumber, string? DocumentClause, string Reason);

/// <summary>A power as the public sees it: every version, the one in effect on the day asked, and a flagged basis.</summary>
public sealed record PowerResponse(Guid Id, string UnitId, string Code, PowerKind Kind, string Name, PowerVersionResponse? InEffect, IReadOnlyList<PowerVersionResponse> Versions, string? BasisFlag)
{
    public static PowerResponse From(Power p, DateOnly on)
    {
        var versions = p.Versions.OrderBy(v => v.Number).Select(v => new PowerVersionResponse(v.Number, v.EffectiveFrom, v.Name, v.LawBasis, v.DocumentNumber, v.DocumentClause, v.Reason)).ToList();
        var inEffect = p.VersionOn(on) is { } current ? versions.Single(v => v.Number == current.Number) : null;
        return new PowerResponse(p.Id, p.UnitId, p.Code, p.Kind, p.Name, inEffect, versions, p.BasisFlag);
    }
}

/// <summary>The public officer directory: name, certificate number, unit, and whether the certificate is valid today (ENF-2).</summary>
public sealed record OfficerResponse(Guid Id, string UnitId, string Name, string CertificateNumber, DateOnly ValidFrom, DateOnly ValidUntil, DateOnly? RevokedOn, bool CertifiedToday)
{
    public static OfficerResponse From(Officer o, DateOnly today) => new(o.Id, o.UnitId, o.Name, o.CertificateNumber, o.ValidFrom, o.ValidUntil, o.RevokedOn, o.IsCertifiedOn(today));
}

public sealed record TrainingResponse(Guid Id, string Course, DateOnly CompletedOn, decimal Hours);

public sealed record KnownDocumentResponse(string Number, string? Title, DocumentStanding Standing, DateOnly? EffectiveFrom, DateOnly? ExpiresOn, DateOnly? LeftForceOn, string? LeftForceReason, IReadOnlyList<string> SuspendedClauses)
{
    public static KnownDocumentResponse From(KnownDocument d) => new(d.Number, d.Title, d.Standing, d.EffectiveFrom, d.ExpiresOn, d.LeftForceOn, d.LeftForceReason, d.SuspendedClauses);
}
