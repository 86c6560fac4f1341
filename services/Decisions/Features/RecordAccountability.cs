using Microsoft.AspNetCore.Http.HttpResults;
using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.Decisions.Features;

/// <summary>For <c>MajorLoss</c>, the decision; for <c>OutsideProcedure</c>, the unit and a description of what was decided.</summary>
public sealed record AccountabilityRequest(
    AccountabilityGround Ground, Guid? DecisionId, string? UnitId, string? DecisionDescription, string Findings, IReadOnlyList<ResponsiblePersonRequest> ResponsiblePersons);

internal sealed class AccountabilityValidator : AbstractValidator<AccountabilityRequest>
{
    public AccountabilityValidator()
    {
        RuleFor(x => x.Ground).IsInEnum();
        RuleFor(x => x.DecisionId).NotEmpty().When(x => x.Ground == AccountabilityGround.MajorLoss);
        RuleFor(x => x.UnitId).MaximumLength(100);
        RuleFor(x => x.UnitId).NotEmpty().When(x => x.Ground == AccountabilityGround.OutsideProcedure);
        RuleFor(x => x.DecisionDescription).MaximumLength(20_000);
        RuleFor(x => x.Findings).NotEmpty().MaximumLength(50_000);
        RuleFor(x => x.ResponsiblePersons).NotNull().MaximumCount(100).WithMessage(_ => ProblemLanguage.Text("最多 100 人。", "At most 100 persons."));
        RuleForEach(x => x.ResponsiblePersons).SetValidator(new ResponsiblePersonValidator());
    }
}

/// <summary>责任追究 (DEC-11): the supervising body records who is held to account.</summary>
internal static class RecordAccountability
{
    public static void Map(RouteGroupBuilder records) =>
        records.MapPost("/", async Task<Results<Created<AccountabilityResponse>, NotFound>> (AccountabilityRequest request, DecisionsDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            var today = StatutoryTime.DateOf(now);
            var persons = request.ResponsiblePersons.Select(p => (p.Name.Trim(), p.Role.Trim())).ToList();
            return request.Ground == AccountabilityGround.MajorLoss
                ? await db.Decisions.WithAsync(request.DecisionId!.Value, d => SaveAsync(db, AccountabilityRecord.ForMajorLoss(d, request.Findings, persons, today, now), ct), ct)
                : await SaveAsync(db, AccountabilityRecord.OutsideProcedure(request.UnitId!.Trim(), request.DecisionDescription ?? "", request.Findings, persons, today, now), ct);
        })
        .Validate<AccountabilityRequest>()
        .WithRequestExample(Examples.Accountability)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForSupervisingBody()
        .WithName("RecordAccountability")
        .WithSummary("Records accountability for a decision taken outside the procedure, or one whose evaluation found a major loss; members who dissented are marked (DEC-11).");

    private static async Task<Created<AccountabilityResponse>> SaveAsync(DecisionsDbContext db, AccountabilityRecord record, CancellationToken ct)
    {
        db.AccountabilityRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"{DecisionsService.Names.RoutePrefix}/accountability/{record.Id}", AccountabilityResponse.From(record));
    }
}
