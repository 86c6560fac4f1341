namespace RuleOfLaw.Enforcement.Features;

/// <summary>
/// 立案 — opens a case under a power of the unit, handled by at least two certified officers.
/// <see cref="PartyAccount"/> is the party's account (the subject of their token), so they can read their case.
/// </summary>
public sealed record OpenCaseRequest(
    string UnitId, Guid PowerId, string PartyName, PartyKind PartyKind, string? PartyAccount, string Facts, DateOnly ActOn, DateOnly OpenedOn,
    IReadOnlyList<Guid> OfficerIds, bool LifeHealthOrFinance, bool OnTheSpot, bool MajorPublicInterest, bool Complex, bool LawRequiresReview);

internal sealed class OpenCaseValidator : AbstractValidator<OpenCaseRequest>
{
    public OpenCaseValidator(TimeProvider time)
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.PowerId).NotEmpty();
        RuleFor(x => x.PartyName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.PartyKind).IsInEnum();
        RuleFor(x => x.PartyAccount).MaximumLength(200);
        RuleFor(x => x.Facts).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.ActOn).NotInTheFuture(time);
        RuleFor(x => x.OpenedOn).NotInTheFuture(time);
        RuleFor(x => x.OfficerIds).NotNull().MaximumCount(20);
        RuleForEach(x => x.OfficerIds).NotEmpty();
    }
}

internal static class OpenCase
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/", async (OpenCaseRequest request, EnforcementDbContext db, CaseCommands commands, HttpContext http, CancellationToken ct) =>
        {
            ActingUnit.Require(http, request.UnitId);
            var power = await RegistryLookups.PowerAsync(db, request.PowerId, ct);
            var officers = await CaseOfficers.LoadAsync(db, [.. request.OfficerIds.Distinct()], ct);
            var time = await commands.TimeAsync(ct);
            var opening = new EnforcementCase.Opening(
                request.PartyName.Trim(), request.PartyKind, string.IsNullOrWhiteSpace(request.PartyAccount) ? null : request.PartyAccount.Trim(), request.Facts.Trim(),
                request.ActOn, request.OpenedOn, request.LifeHealthOrFinance, request.OnTheSpot, request.MajorPublicInterest, request.Complex, request.LawRequiresReview);
            var enforcementCase = EnforcementCase.Open(request.UnitId, power, officers, opening, time);
            return await db.CreatedAsync(enforcementCase, $"cases/{enforcementCase.Id}", CaseResponse.From, ct);
        })
        .AsCreation(Examples.Open, StatusCodes.Status404NotFound)
        .ForRoles(CaseRoles.Handlers)
        .WithName("OpenCase")
        .WithSummary("立案: opens a case under a power in effect (ENF-1), by ≥2 certified officers (ENF-2), within the limitation period (ENF-7); the 90-day decision clock starts.");
}
