using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Idempotency;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>One node of the scheme: a level-1 area, a level-2 indicator, or a level-3 indicator naming its computation (APP-1).</summary>
public sealed record IndicatorRequest(string Code, string Name, int Level, string? ParentCode, int Weight, Computation? Computation);

/// <summary>A yearly cycle with its three-level indicator scheme (APP-1), its pass mark and commendation threshold (APP-3; the district's defaults when left out).</summary>
public sealed record CreateCycleRequest(int Year, string Name, IReadOnlyList<IndicatorRequest> Indicators, decimal? PassMark = null, decimal? CommendationThreshold = null);

internal sealed class IndicatorRequestValidator : AbstractValidator<IndicatorRequest>
{
    public IndicatorRequestValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(50);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.ParentCode).MaximumLength(50);
        RuleFor(x => x.Level).InclusiveBetween(1, AppraisalRules.Levels);
        RuleFor(x => x.Weight).InclusiveBetween(0, AppraisalRules.WeightTotal);
        RuleFor(x => x.Computation).IsInEnum();
    }
}

internal sealed class CreateCycleValidator : AbstractValidator<CreateCycleRequest>
{
    public CreateCycleValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(2000, 2100);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Indicators).NotEmpty().MaximumCount(200);
        RuleForEach(x => x.Indicators).SetValidator(new IndicatorRequestValidator());
        RuleFor(x => x.PassMark).InclusiveBetween(0m, Scoring.FullMarks).PrecisionScale(5, 2, true);
        RuleFor(x => x.CommendationThreshold).InclusiveBetween(0m, Scoring.FullMarks).PrecisionScale(5, 2, true);
    }
}

internal static class CreateCycle
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPost("/", async (CreateCycleRequest request, AppraisalDbContext db, IActorAccessor actor, TimeProvider time, CancellationToken ct) =>
        {
            var indicators = request.Indicators.Select(i => new Indicator(i.Code.Trim(), i.Name.Trim(), i.Level, i.ParentCode?.Trim(), i.Weight, i.Computation)).ToList();
            var cycle = AppraisalCycle.Create(
                request.Year, request.Name.Trim(), indicators, actor.CurrentActor, time.GetUtcNow(),
                request.PassMark ?? AppraisalRules.DefaultPassMark, request.CommendationThreshold ?? AppraisalRules.DefaultCommendationThreshold);
            db.Cycles.Add(cycle);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{AppraisalService.Names.RoutePrefix}/cycles/{cycle.Id}", CycleResponse.From(cycle));
        })
        .Validate<CreateCycleRequest>()
        .WithRequestExample(Examples.CreateCycle)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithIdempotency()
        .ForRoles(Roles.AppraisalAdmin)
        .WithName("CreateAppraisalCycle")
        .WithSummary("Creates a yearly appraisal cycle with its three-level indicator scheme; siblings' weights add up to 100 and each level-3 indicator names a computation from the catalogue (APP-1); with its pass mark and commendation threshold (APP-3).");
}
