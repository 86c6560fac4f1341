namespace RuleOfLaw.Enforcement.Features;

public static class EnforcementEndpoints
{
    public static IServiceCollection AddEnforcementFeatures(this IServiceCollection services)
    {
        services.AddOptions<EnforcementSettings>().BindConfiguration("Enforcement");
        services.AddScoped<CaseCommands>();
        services.AddScoped<IClockElapsedHandler>(_ => new ClockElapsedHandler<EnforcementCase>(CaseClocks.Decision, (c, now) => c.MarkDecisionOverdue(now)));
        return services;
    }

    /// <summary>Every route of the service, readable top to bottom: the public registry, then the staff-only case files.</summary>
    public static IEndpointRouteBuilder MapEnforcementEndpoints(this IEndpointRouteBuilder routes)
    {
        var enforcement = routes.MapGroup(EnforcementService.Names.RoutePrefix).WithTags("Enforcement").WithPublicReads();
        RegisterEnforcingUnit.Map(enforcement);
        ListEnforcingUnits.Map(enforcement);
        RegisterPower.Map(enforcement);
        RevisePower.Map(enforcement);
        ListPowers.Map(enforcement);
        CertifyOfficer.Map(enforcement);
        RevokeCertificate.Map(enforcement);
        RecordTraining.Map(enforcement);
        OfficerDirectory.Map(enforcement);
        DraftBenchmark.Map(enforcement);
        PublishBenchmark.Map(enforcement);
        ListBenchmarks.Map(enforcement);
        PenaltySpreadReport.Map(enforcement);
        RegisterDispute.Map(enforcement);
        ResolveDispute.Map(enforcement);
        ListDisputes.Map(enforcement);
        SampleCaseFiles.Map(enforcement);
        ScoreCaseFile.Map(enforcement);
        PublishReview.Map(enforcement);
        EnforcementStatistics.Map(enforcement);

        // Case files are staff-only (and the party's own): no public reads in this group.
        var cases = routes.MapGroup(EnforcementService.Names.RoutePrefix + "/cases").WithTags("Enforcement cases");
        OpenCase.Map(cases);
        ListCasesInProgress.Map(cases);
        ReadCases.Map(cases);
        CaseHistory.Map(cases);
        RecordEvidence.Map(cases);
        NotifyParty.Map(cases);
        RecordDefence.Map(cases);
        RequestHearing.Map(cases);
        ScheduleHearing.Map(cases);
        DatedCaseSteps.MapHoldHearing(cases);
        ReviewLegality.Map(cases);
        ExtendDecisionPeriod.Map(cases);
        DecideCase.Map(cases);
        ServeDecision.Map(cases);
        DatedCaseSteps.MapPublishDecision(cases);
        DatedCaseSteps.MapExecuteDecision(cases);
        DatedCaseSteps.MapCloseCase(cases);
        DatedCaseSteps.MapArchiveCase(cases);
        DatedCaseSteps.MapWithdrawDecision(cases);
        RateCase.Map(cases);
        VerifyCaseFile.Map(cases);

        // The licence register names applicants: staff-only; the public reads its counts in the statistics.
        var licences = routes.MapGroup(EnforcementService.Names.RoutePrefix + "/licences").WithTags("Licence decisions");
        RecordLicenceDecision.Map(licences);
        ReadLicences.Map(licences);
        return routes;
    }
}
