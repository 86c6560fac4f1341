using Microsoft.AspNetCore.Http.HttpResults;

namespace RuleOfLaw.Enforcement.Features;

/// <summary>The party's satisfaction with a closed case, 1 (poor) to 5 (very satisfied).</summary>
public sealed record RateCaseRequest(int Score, string? Comment);

internal sealed class RateCaseValidator : AbstractValidator<RateCaseRequest>
{
    public RateCaseValidator()
    {
        RuleFor(x => x.Score).InclusiveBetween(1, 5);
        RuleFor(x => x.Comment).MaximumLength(1000);
    }
}

internal static class RateCase
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/rating", async Task<Results<Ok<CaseResponse>, NotFound, ProblemHttpResult>> (Guid id, RateCaseRequest request, CaseCommands commands, HttpContext http, CancellationToken ct) =>
            await commands.RunAsync(id, (c, time) =>
            {
                // Only the party rates, through the account stored on the case; to anyone else the case does not exist.
                if (!CaseAccess.IsParty(http, c))
                {
                    throw new RuleOfLaw.BuildingBlocks.Domain.RecordNotFoundException("本单位没有这一案件。", "No such case of yours.");
                }

                c.Rate(request.Score, request.Comment?.Trim(), time.Now);
            }, ct))
        .Validate<RateCaseRequest>()
        .WithRequestExample(Examples.Rate)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.Citizen)
        .WithName("RateCase")
        .WithSummary("满意度: the party of a closed case rates it once (ENF-10); results per unit are public.");
}
