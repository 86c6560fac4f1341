using RuleOfLaw.BuildingBlocks.Errors;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Reconsideration.Features;

/// <summary>
/// 行政复议申请 — a signed-in citizen contests an act of <see cref="RespondentUnitId"/>. The applicant is the
/// token's subject; there is no applicant field. <see cref="DocumentNumber"/> and <see cref="Clauses"/> ask
/// for the incidental review of a normative document (REC-9).
/// </summary>
public sealed record ApplyRequest(
    string RespondentUnitId,
    string ActReference,
    string ActDescription,
    bool FailureToAct,
    DateOnly ActOn,
    DateOnly LearnedOn,
    bool ToldOfRight,
    decimal? ContestedAmount,
    string Request,
    Guid? EnforcementCaseId,
    string? DocumentNumber,
    IReadOnlyList<string>? Clauses,
    string? LateReason);

internal sealed class ApplyValidator : AbstractValidator<ApplyRequest>
{
    public ApplyValidator(TimeProvider time)
    {
        RuleFor(x => x.RespondentUnitId).NotEmpty().MaximumLength(RecordMapping.UnitIdLength);
        RuleFor(x => x.ActReference).NotEmpty().MaximumLength(200);
        RuleFor(x => x.ActDescription).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.ActOn).NotInTheFuture(time);
        RuleFor(x => x.LearnedOn).NotInTheFuture(time)
            .Must((x, learned) => learned >= x.ActOn).WithMessage(_ => ProblemLanguage.Text("申请人知道该行为的日期不能早于行为作出的日期。", "The applicant cannot learn of the act before it was done."));
        RuleFor(x => x.ContestedAmount).GreaterThanOrEqualTo(0).LessThan(1_000_000_000_000m);
        RuleFor(x => x.Request).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.EnforcementCaseId).NotEqual(Guid.Empty);
        RuleFor(x => x.DocumentNumber).MaximumLength(100);
        RuleFor(x => x.Clauses).NotEmpty().When(x => !string.IsNullOrWhiteSpace(x.DocumentNumber))
            .WithMessage(_ => ProblemLanguage.Text("请写明申请审查的规范性文件条款。", "Name the clauses of the document whose review you ask for."));
        RuleFor(x => x.Clauses).MaximumCount(50);
        RuleForEach(x => x.Clauses).NotEmpty().MaximumLength(100);
        RuleFor(x => x.LateReason).MaximumLength(2000);
    }
}

internal static class ApplyForReconsideration
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/", async (ApplyRequest request, ReconsiderationDbContext db, CaseCommands commands, IConfiguration configuration, HttpContext http, CancellationToken ct) =>
        {
            var subject = CaseAccess.SubjectOf(http) ?? throw new InvalidOperationException("The endpoint requires a signed-in caller.");
            var respondent = request.RespondentUnitId.Trim();
            var act = request.ActReference.Trim();
            var settled = await db.Cases.AnyAsync(c => c.Settled && c.ApplicantAccount == subject && c.RespondentUnitId == respondent && c.ActReference == act, ct);
            var document = string.IsNullOrWhiteSpace(request.DocumentNumber) ? null : request.DocumentNumber.Trim();
            var application = new Application(
                respondent, act, request.ActDescription.Trim(), request.FailureToAct, request.ActOn, request.LearnedOn, request.ToldOfRight,
                request.ContestedAmount, request.Request.Trim(), request.EnforcementCaseId, document,
                document is null ? [] : [.. request.Clauses!.Select(c => c.Trim())], string.IsNullOrWhiteSpace(request.LateReason) ? null : request.LateReason.Trim());
            var time = await commands.TimeAsync(ct);
            var @case = ReconsiderationCase.Apply(ReconsiderationService.OrganUnitOf(configuration), subject, CallerClaims.ActorOf(http.User), application, settled, time);
            return await commands.CreateAsync(@case, "cases", CaseResponse.From, ct);
        })
        .Validate<ApplyRequest>()
        .WithRequestExample(Examples.Apply)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.Citizen)
        .WithName("ApplyForReconsideration")
        .WithSummary("申请: a signed-in citizen applies against an act within 60 days of learning of it (a year if not told of the right; later only with a reason) (REC-1); the 5-working-day acceptance clock starts (REC-2).");
}
