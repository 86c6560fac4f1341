namespace RuleOfLaw.Enforcement.Features;

/// <summary>行政许可决定: an application received on one day and decided on another under a licensing power of the unit.</summary>
public sealed record RecordLicenceDecisionRequest(
    string UnitId, Guid PowerId, string ApplicantName, PartyKind ApplicantKind, DateOnly ReceivedOn, DateOnly DecidedOn, LicenceOutcome Outcome, string? Reasons);

internal sealed class RecordLicenceDecisionValidator : AbstractValidator<RecordLicenceDecisionRequest>
{
    public RecordLicenceDecisionValidator(TimeProvider time)
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.PowerId).NotEmpty();
        RuleFor(x => x.ApplicantName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.ApplicantKind).IsInEnum();
        RuleFor(x => x.ReceivedOn).NotInTheFuture(time);
        RuleFor(x => x.DecidedOn).NotInTheFuture(time);
        RuleFor(x => x.Outcome).IsInEnum();
        RuleFor(x => x.Reasons).MaximumLength(2000);
    }
}

internal static class RecordLicenceDecision
{
    public static void Map(RouteGroupBuilder licences) =>
        licences.MapPost("/", async (RecordLicenceDecisionRequest request, EnforcementDbContext db, RecordCommands commands, HttpContext http, CancellationToken ct) =>
            {
                ActingUnit.Require(http, request.UnitId);
                var power = await RegistryLookups.PowerAsync(db, request.PowerId, ct);
                var application = new LicenceDecision.Application(
                    request.ApplicantName.Trim(), request.ApplicantKind, request.ReceivedOn, request.DecidedOn, request.Outcome, string.IsNullOrWhiteSpace(request.Reasons) ? null : request.Reasons.Trim());
                var decision = LicenceDecision.Record(request.UnitId, power, application, await commands.TimeAsync(ct));
                return await db.CreatedAsync(decision, $"licences/{decision.Id}", LicenceResponse.From, ct);
            })
        .AsCreation(Examples.Licence, StatusCodes.Status404NotFound)
        .ForRoles(CaseRoles.UnitStaff)
        .WithName("RecordLicenceDecision")
        .WithSummary("行政许可决定: a unit's staff record a licence application decided under one of the unit's licensing powers in effect, with that power's legal basis (ENF-1, ENF-10); decided on or after receipt, never in the future.");
}
