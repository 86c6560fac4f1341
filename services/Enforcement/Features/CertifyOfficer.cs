namespace RuleOfLaw.Enforcement.Features;

/// <summary>Registers an officer's certificate (执法证) for an enforcing unit (ENF-2).</summary>
public sealed record CertifyOfficerRequest(string UnitId, string Name, string CertificateNumber, DateOnly ValidFrom, DateOnly ValidUntil, bool QualifiedReviewer);

internal sealed class CertifyOfficerValidator : AbstractValidator<CertifyOfficerRequest>
{
    public CertifyOfficerValidator()
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(50);
        RuleFor(x => x.CertificateNumber).NotEmpty().MaximumLength(40);
        RuleFor(x => x.ValidFrom).NotEmpty();
        RuleFor(x => x.ValidUntil).NotEmpty().GreaterThan(x => x.ValidFrom);
    }
}

internal static class CertifyOfficer
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapPost("/officers", async (CertifyOfficerRequest request, EnforcementDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var unit = await RegistryLookups.UnitAsync(db, request.UnitId, ct);
            EnforcementRules.Enf2.Require(
                !await db.Officers.AnyAsync(o => o.CertificateNumber == request.CertificateNumber, ct),
                $"执法证 {request.CertificateNumber} 已经登记。", $"Certificate {request.CertificateNumber} is registered already.");
            var officer = Officer.Certify(unit, request.Name.Trim(), request.CertificateNumber.Trim(), request.ValidFrom, request.ValidUntil, request.QualifiedReviewer, time.GetUtcNow());
            return await db.CreatedAsync(officer, $"officers/{officer.Id}", o => OfficerResponse.From(o, StatutoryTime.Today(time)), ct);
        })
        .AsCreation(Examples.Certify, StatusCodes.Status404NotFound)
        .ForRoles(CaseRoles.Registrars)
        .WithName("CertifyOfficer")
        .WithSummary("Registers an officer's enforcement certificate with its validity (ENF-2); the directory is public.");
}
