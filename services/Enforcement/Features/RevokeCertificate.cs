namespace RuleOfLaw.Enforcement.Features;

/// <summary>Revokes a certificate from a day, with the reason (ENF-2).</summary>
public sealed record RevokeCertificateRequest(DateOnly RevokedOn, string Reason);

internal sealed class RevokeCertificateValidator : AbstractValidator<RevokeCertificateRequest>
{
    public RevokeCertificateValidator(TimeProvider time)
    {
        RuleFor(x => x.RevokedOn).NotInTheFuture(time);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500);
    }
}

internal static class RevokeCertificate
{
    public static void Map(RouteGroupBuilder enforcement) =>
        enforcement.MapPost("/officers/{id:guid}/revocation", (Guid id, RevokeCertificateRequest request, EnforcementDbContext db, RecordCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(db.Officers, id, (o, time) => o.Revoke(request.RevokedOn, request.Reason.Trim(), time.Now), (o, time) => OfficerResponse.From(o, time.Today), ct))
        .Validate<RevokeCertificateRequest>()
        .WithRequestExample(Examples.Revoke)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseRoles.Registrars)
        .WithName("RevokeCertificate")
        .WithSummary("Revokes an officer's certificate: from that day they may not act (ENF-2).");
}
