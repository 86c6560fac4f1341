using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Decisions.Domain;

namespace RuleOfLaw.Decisions.Features;

public sealed record ResponsiblePersonRequest(string Name, string Role);

/// <summary>For <c>MajorLoss</c>, the decision; for <c>OutsideProcedure</c>, the unit and a description of what was decided.</summary>
public sealed record AccountabilityRequest(
    AccountabilityGround Ground, Guid? DecisionId, string? UnitId, string? DecisionDescription, string Findings, IReadOnlyList<ResponsiblePersonRequest> ResponsiblePersons);

public sealed record AccountabilityResponse(
    Guid Id, string UnitId, AccountabilityGround Ground, Guid? DecisionId, string? DecisionDescription, string Findings, IReadOnlyList<ResponsiblePerson> ResponsiblePersons, DateOnly RecordedOn)
{
    public static AccountabilityResponse From(AccountabilityRecord r) =>
        new(r.Id, r.UnitId, r.Ground, r.DecisionId, r.DecisionDescription, r.Findings, r.ResponsiblePersons, r.RecordedOn);
}

public sealed record AccountabilityQuery(string? UnitId, Guid? DecisionId, int Page = 1, int PageSize = 20) : IPagedQuery;

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
        RuleFor(x => x.ResponsiblePersons).NotNull().MaximumCount(100).WithMessage("At most 100 persons.");
        RuleForEach(x => x.ResponsiblePersons).SetValidator(new ResponsiblePersonValidator());
    }
}

internal sealed class ResponsiblePersonValidator : AbstractValidator<ResponsiblePersonRequest>
{
    public ResponsiblePersonValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Role).NotEmpty().MaximumLength(100);
    }
}

internal sealed class AccountabilityQueryValidator : AbstractValidator<AccountabilityQuery>
{
    public AccountabilityQueryValidator()
    {
        Include(new PagingRules());
        RuleFor(x => x.UnitId).MaximumLength(100);
    }
}

/// <summary>责任追究 (DEC-11).</summary>
internal static class Accountability
{
    public static void MapAccountability(this RouteGroupBuilder decisions)
    {
        var records = decisions.MapGroup("/accountability").WithTags("Accountability");

        records.MapPost("/", async Task<Results<Created<AccountabilityResponse>, NotFound>> (AccountabilityRequest request, DecisionsDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            var today = StatutoryTime.DateOf(now);
            var persons = request.ResponsiblePersons.Select(p => (p.Name.Trim(), p.Role.Trim())).ToList();
            AccountabilityRecord record;
            if (request.Ground == AccountabilityGround.MajorLoss)
            {
                var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.DecisionId, ct);
                if (decision is null)
                {
                    return TypedResults.NotFound();
                }

                record = AccountabilityRecord.ForMajorLoss(decision, request.Findings, persons, today, now);
            }
            else
            {
                record = AccountabilityRecord.OutsideProcedure(request.UnitId!.Trim(), request.DecisionDescription ?? "", request.Findings, persons, today, now);
            }

            db.AccountabilityRecords.Add(record);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{DecisionsService.Identity.RoutePrefix}/accountability/{record.Id}", AccountabilityResponse.From(record));
        })
        .Validate<AccountabilityRequest>()
        .WithRequestExample(Examples.Accountability)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForSupervisingBody()
        .WithName("RecordAccountability")
        .WithSummary("Records accountability for a decision taken outside the procedure, or one whose evaluation found a major loss; members who dissented are marked (DEC-11).");

        records.MapGet("/", async ([AsParameters] AccountabilityQuery query, DecisionsDbContext db, CancellationToken ct) =>
        {
            var found = db.AccountabilityRecords.AsNoTracking()
                .Where(r => (query.UnitId == null || r.UnitId == query.UnitId) && (query.DecisionId == null || r.DecisionId == query.DecisionId))
                .OrderByDescending(r => r.RecordedOn);
            return TypedResults.Ok(await PageRequest.Of(query).ApplyAsync(found, AccountabilityResponse.From, ct));
        })
        .Validate<AccountabilityQuery>()
        .WithName("ListAccountability")
        .WithSummary("Accountability records by unit or decision.");

        records.MapGet("/{id:guid}", (Guid id, DecisionsDbContext db, CancellationToken ct) => db.AccountabilityRecords.ShowAsync(id, AccountabilityResponse.From, ct))
        .WithName("GetAccountability")
        .WithSummary("One accountability record with the responsible persons, dissenters marked.");

        records.MapHistory(nameof(AccountabilityRecord));
    }
}
