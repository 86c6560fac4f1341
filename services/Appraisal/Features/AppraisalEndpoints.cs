using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Idempotency;

namespace RuleOfLaw.Appraisal.Features;

public static class AppraisalEndpoints
{
    /// <summary>The service's settings, step runners and clock effects: an overdue rectification is flagged (APP-3).</summary>
    public static IServiceCollection AddAppraisalFeatures(this IServiceCollection services)
    {
        services.AddOptions<AppraisalSettings>().BindConfiguration("Appraisal");
        services.AddScoped<CycleCommands>();
        services.AddScoped<RectificationCommands>();
        services.AddScoped<IClockElapsedHandler>(_ => new ClockElapsedHandler<Rectification>(AppraisalClocks.Rectification, (r, now) => r.MarkOverdue(now)));
        return services;
    }

    /// <summary>
    /// The routes of cycles and their scores, readable top to bottom: the scheme (APP-1), the live scores (APP-2), the freeze,
    /// publication and rectifications (APP-3), the yearly reports (APP-4); then the public results.
    /// </summary>
    public static IEndpointRouteBuilder MapAppraisalEndpoints(this IEndpointRouteBuilder routes)
    {
        var cycles = routes.MapGroup($"{AppraisalService.Names.RoutePrefix}/cycles").WithTags("Appraisal cycles");
        CreateCycle.Map(cycles);
        ReadCycle.Map(cycles);
        AdjustScore.Map(cycles);
        LiveScores.Map(cycles);
        CycleSteps.Map(cycles);
        FileAnnualReport.Map(cycles);
        cycles.MapHistory(nameof(AppraisalCycle)).ForAnyone();

        var rectifications = routes.MapGroup($"{AppraisalService.Names.RoutePrefix}/rectifications").WithTags("Rectifications").WithPublicReads().WithIdempotentCreation();
        ReadRectifications.Map(rectifications);
        RectificationSteps.Map(rectifications);

        // Results of published cycles and the yearly reports are public.
        var published = routes.MapGroup(AppraisalService.Names.RoutePrefix).WithTags("Appraisal results").WithPublicReads();
        CycleResults.Map(published);
        AnnualReports.Map(published);
        return routes;
    }
}
