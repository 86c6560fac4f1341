using RuleOfLaw.BuildingBlocks.Idempotency;

namespace RuleOfLaw.Reconsideration.Features;

public static class ReconsiderationEndpoints
{
    public static IServiceCollection AddReconsiderationFeatures(this IServiceCollection services)
    {
        services.AddScoped<CaseCommands>();
        ClockEffects.AddTo(services);
        return services;
    }

    /// <summary>Every route of the service, readable top to bottom: the applicant's, then the office's steps in procedure order.</summary>
    public static IEndpointRouteBuilder MapReconsiderationEndpoints(this IEndpointRouteBuilder routes)
    {
        var reconsideration = routes.MapGroup(ReconsiderationService.Names.RoutePrefix).WithTags("Reconsideration").WithPublicReads();
        Casebook.Map(reconsideration);
        Statistics.Map(reconsideration);

        // Case files are staff-only (and the applicant's own): no public reads in this group.
        var cases = routes.MapGroup(ReconsiderationService.Names.RoutePrefix + "/cases").WithTags("Reconsideration cases").WithIdempotentCreation();
        ApplyForReconsideration.Map(cases);
        ReadCases.Map(cases);
        CaseHistory.Map(cases);
        RequestCorrection.Map(cases);
        CorrectApplication.Map(cases);
        AcceptCase.Map(cases);
        RefuseCase.Map(cases);
        AssignOfficers.Map(cases);
        SendCopy.Map(cases);
        RecordAnswer.Map(cases);
        ScheduleHearing.Map(cases);
        HoldHearing.Map(cases);
        RecordReview.Map(cases);
        ExtendCase.Map(cases);
        SuspendCase.Map(cases);
        ResumeCase.Map(cases);
        DraftMediation.Map(cases);
        SignMediation.Map(cases);
        SettleCase.Map(cases);
        WithdrawApplication.Map(cases);
        DecideCase.Map(cases);
        IssueOpinionLetter.Map(cases);
        RecordCompliance.Map(cases);
        EscalateCompliance.Map(cases);
        MarkTypical.Map(cases);

        // Other remedies (REC-10 … REC-12): kept by the legal/reconsideration organ; the unit concerned reads its own.
        var courtCases = routes.MapGroup(ReconsiderationService.Names.RoutePrefix + "/court-cases").WithTags("Litigation").WithIdempotentCreation();
        RegisterCourtCase.Map(courtCases);
        RemedyReads.Map<CourtCase, CourtCaseResponse>(courtCases, "CourtCase", "CourtCases", CourtCaseResponse.From);
        FileDefence.Map(courtCases);
        RecordCourtHearing.Map(courtCases);
        RecordJudgment.Map(courtCases);

        var mediations = routes.MapGroup(ReconsiderationService.Names.RoutePrefix + "/mediations").WithTags("Mediation").WithIdempotentCreation();
        RegisterMediation.Map(mediations);
        RemedyReads.Map<MediationCase, MediationResponse>(mediations, "MediationCase", "MediationCases", MediationResponse.From);
        ConcludeMediation.Map(mediations);

        var petitions = routes.MapGroup(ReconsiderationService.Names.RoutePrefix + "/petitions").WithTags("Petitions").WithIdempotentCreation();
        RegisterPetition.Map(petitions);
        RemedyReads.Map<Petition, PetitionResponse>(petitions, "Petition", "Petitions", PetitionResponse.From);
        RoutePetition.Map(petitions);
        RedirectPetition.Map(petitions);
        ExtendPetition.Map(petitions);
        FinishPetition.Map(petitions);

        var claims = routes.MapGroup(ReconsiderationService.Names.RoutePrefix + "/compensation-claims").WithTags("Compensation").WithIdempotentCreation();
        RegisterCompensationClaim.Map(claims);
        RemedyReads.Map<CompensationClaim, CompensationResponse>(claims, "CompensationClaim", "CompensationClaims", CompensationResponse.From);
        RecordCompensationStep.Map(claims);
        DecideCompensationClaim.Map(claims);
        return routes;
    }
}
