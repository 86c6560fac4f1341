namespace RuleOfLaw.Appraisal.Features;

public static class AppraisalEndpoints
{
    /// <summary>The routes of cycles and their scores, readable top to bottom: the scheme (APP-1), then the live scores (APP-2).</summary>
    public static IEndpointRouteBuilder MapAppraisalEndpoints(this IEndpointRouteBuilder routes)
    {
        var cycles = routes.MapGroup($"{AppraisalService.Names.RoutePrefix}/cycles").WithTags("Appraisal cycles");
        CreateCycle.Map(cycles);
        ReadCycle.Map(cycles);
        AdjustScore.Map(cycles);
        LiveScores.Map(cycles);
        return routes;
    }
}
