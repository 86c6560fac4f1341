using RuleOfLaw.BuildingBlocks.Domain;
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

    /// <summary>
    /// Every route of the service, readable top to bottom: the applicant's, then the office's steps in procedure order,
    /// then the other remedies. A step names the aggregate method it runs; the request it takes is validated by the
    /// validator beside the request, in the file of its use case.
    /// </summary>
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
        cases.MapCaseStep("/{id:guid}/corrections-request", Examples.CorrectionRequest, (c, request, time) => c.RequestCorrection(request.On, request.Text.Trim(), time))
            .WithName("RequestCorrection")
            .WithSummary("补正 (REC-2): asks once for every correction; the acceptance clock pauses and the applicant has 10 days, after which the application is deemed abandoned.");
        cases.MapApplicantStep("/{id:guid}/corrections", Examples.Correction, (c, request, time) => c.Correct(request.On, request.Text.Trim(), time))
            .WithName("CorrectApplication")
            .WithSummary("The applicant corrects their own application (REC-2); the acceptance clock resumes with the working days left.");
        cases.MapCaseStep("/{id:guid}/acceptance", Examples.Accept, (c, request, time) => c.Accept(request.AcceptedOn, request.Procedure, request.SimplifiedGround, request.Major, time))
            .WithName("AcceptCase")
            .WithSummary("受理 (REC-2) in the ordinary or simplified procedure (REC-3); starts the copy and decision clocks; a major case is reported (REC-8); a requested incidental review goes to the documents service and suspends the case (REC-9).");
        cases.MapCaseStep("/{id:guid}/refusal", Examples.Refuse, (c, request, time) => c.Refuse(request.RefusedOn, request.Reason.Trim(), string.IsNullOrWhiteSpace(request.CompetentOrgan) ? null : request.CompetentOrgan.Trim(), time))
            .WithName("RefuseCase")
            .WithSummary("不予受理 (REC-2) with the reason and the competent organ; reported to the supervising body (ReconsiderationRefused, REC-8).");
        cases.MapCaseStep("/{id:guid}/officers", Examples.Officers, (c, request, time) => c.AssignOfficers(request.Officers, time))
            .WithName("AssignOfficers")
            .WithSummary("REC-4: at least two reconsideration officers handle the case.");
        cases.MapCaseStep("/{id:guid}/copy", Examples.Copy, (c, request, time) => c.SendCopy(request.On, time))
            .WithName("SendCopy")
            .WithSummary("REC-3: the copy goes to the respondent (7 working days, 3 simplified); its answer clock starts (10 working days, 5 simplified).");
        cases.MapCaseStep("/{id:guid}/answer", Examples.Answer, (c, request, time) => c.RecordAnswer(request.On, request.Text.Trim(), time))
            .WithName("RecordAnswer")
            .WithSummary("REC-3: the respondent's written answer with its evidence; the answer clock stops.");
        cases.MapCaseStep("/{id:guid}/hearing", Examples.Hearing, (c, request, time) => c.ScheduleHearing(request.NoticeOn, request.HearingOn, request.Presider.Trim(), request.Officers, request.Clerk.Trim(), time))
            .WithName("ScheduleHearing")
            .WithSummary("REC-4: a hearing with 1 presider, at least 2 other officers and a clerk, notified at least 5 working days ahead.");
        cases.MapCaseStep("/{id:guid}/hearing/held", Examples.HearingHeld, (c, request, time) => c.HoldHearing(request.On, request.Note?.Trim(), time))
            .WithName("HoldHearing")
            .WithSummary("REC-4, REC-5: the scheduled hearing was held, on or after its day; recorded as a review method.");
        cases.MapCaseStep("/{id:guid}/reviews", Examples.Review, (c, request, time) => c.RecordReview(request.Method, request.On, request.Note?.Trim(), time))
            .WithName("RecordReview")
            .WithSummary("REC-5: records a review method used (a hearing is recorded by holding it).");
        cases.MapCaseStep("/{id:guid}/extension", Examples.Extension, (c, request, time) => c.Extend(request.Days, request.Reason.Trim(), time))
            .WithName("ExtendCase")
            .WithSummary("REC-6: extends the decision period once, by at most 30 days, with a reason.");
        cases.MapCaseStep("/{id:guid}/suspension", Examples.Suspension, (c, request, time) => c.Suspend(request.On, request.Text.Trim(), time))
            .WithName("SuspendCase")
            .WithSummary("中止 (REC-6): the case is suspended with its reason; the decision clock pauses.");
        cases.MapCaseStep("/{id:guid}/resumption", Examples.Resumption, (c, request, time) => c.Resume(request.On, time))
            .WithName("ResumeCase")
            .WithSummary("恢复审理 (REC-6): the decision clock resumes with the days that were left (not while an incidental review is pending, REC-9).");
        cases.MapCaseStep("/{id:guid}/mediation", Examples.Mediation, (c, request, time) => c.DraftMediation(request.On, request.Text.Trim(), time))
            .WithName("DraftMediation")
            .WithSummary("调解 (REC-5): the mediation agreement's terms; it takes effect once signed.");
        cases.MapCaseStep("/{id:guid}/mediation/signed", Examples.MediationSigned, (c, request, time) => c.SignMediation(request.On, time))
            .WithName("SignMediation")
            .WithSummary("调解书 signed (REC-5): effective; the case ends as Mediated and ReconsiderationDecided is published.");
        cases.MapCaseStep("/{id:guid}/settlement", Examples.Settlement, (c, request, time) => c.Settle(request.On, request.Text.Trim(), time))
            .WithName("SettleCase")
            .WithSummary("和解 (REC-5): the parties settled; the case is withdrawn and the applicant cannot contest the same act again.");
        cases.MapApplicantStep("/{id:guid}/withdrawal", Examples.Withdrawal, (c, request, time) => c.Withdraw(request.On, request.Text.Trim(), time))
            .WithName("WithdrawApplication")
            .WithSummary("撤回: the applicant withdraws their own open application.");
        cases.MapCaseStep("/{id:guid}/decision", Examples.Decide, (c, request, time) => c.Decide(request.Outcome, request.DecidedOn, request.Reasoning.Trim(), request.VariedAmount, time))
            .WithName("DecideReconsideration")
            .WithSummary("复议决定 (REC-6) by ≥2 officers after the copy and, in a major case, the hearing; each outcome with its preconditions, a variation never worse for the applicant; publishes ReconsiderationDecided (enforcement marks its case, REC-7).");
        cases.MapCaseStep("/{id:guid}/opinion-letter", Examples.OpinionLetter, (c, request, time) => c.IssueOpinionLetter(request.On, request.Text.Trim(), time))
            .WithName("IssueOpinionLetter")
            .WithSummary("行政复议意见书 (REC-7): the respondent reports its correction within 60 days (a clock that flags it when overdue).");
        cases.MapCaseStep("/{id:guid}/compliance", Examples.Compliance, (c, request, time) => c.RecordCompliance(request.On, request.Text.Trim(), time))
            .WithName("RecordCompliance")
            .WithSummary("REC-7: the respondent's report of compliance (or correction); the compliance clock stops.");
        cases.MapCaseStep("/{id:guid}/escalation", Examples.Escalate, (c, request, time) => c.Escalate(request.Level, request.On, request.Note.Trim(), time))
            .WithName("EscalateCompliance")
            .WithSummary("REC-7: overdue compliance escalates one step at a time: order → meeting with the head → public notice.");
        cases.MapCaseStep("/{id:guid}/typical", Examples.Typical, (c, request, time) => c.MarkTypical(request.Summary.Trim(), time.Now))
            .WithName("MarkTypicalCase")
            .WithSummary("REC-8: marks a decided case typical, with an anonymised summary, for the published casebook.");

        // Other remedies (REC-10 … REC-12): kept by the legal/reconsideration organ; the unit concerned reads its own.
        var courtCases = Remedy<CourtCase, CourtCaseResponse>(routes, "court-cases", "Litigation", CourtCaseResponse.From);
        courtCases.MapRegistration(
                Examples.CourtCase,
                (request, organ, time) => CourtCase.Register(
                    organ, request.DefendantUnitId.Trim(), request.Court.Trim(), request.CourtCaseNumber.Trim(), request.Plaintiff.Trim(), request.ActChallenged.Trim(), request.ServedOn, time),
                RegisterCourtCase.RefuseRegisteredAsync)
            .WithName("RegisterCourtCase")
            .WithSummary("行政应诉 (REC-10): a court case against a unit is registered when served; defence and evidence are due within 15 days (clock, flagged when overdue).");
        courtCases.MapReads("CourtCase", "CourtCases");
        courtCases.MapStep("/{id:guid}/defence", Examples.Defence, (c, request, time) => c.FileDefence(request.On, request.Text.Trim(), time))
            .WithName("FileCourtDefence")
            .WithSummary("答辩 (REC-10): the defence and evidence went to the court, no earlier than service; the 15-day clock stops.");
        courtCases.MapStep("/{id:guid}/hearings", Examples.CourtHearing, (c, request, time) => c.RecordHearing(request.HeldOn, request.HeadAppeared, request.AppearedBy.Trim(), request.Note?.Trim(), time))
            .WithName("RecordCourtHearing")
            .WithSummary("开庭 (REC-10): a hearing held, in date order, and whether the unit's head appeared in court (出庭应诉); publishes CourtHearingRecorded for appraisal.");
        courtCases.MapStep("/{id:guid}/judgment", Examples.Judgment, (c, request, time) => c.RecordJudgment(request.Judgment, request.JudgedOn, request.Summary.Trim(), time))
            .WithName("RecordCourtJudgment")
            .WithSummary("判决 (REC-10): the judgment, no earlier than the last hearing; a lost case (revoked, ordered to act, confirmed unlawful) is flagged and reported; publishes CourtCaseJudged.");

        var mediations = Remedy<MediationCase, MediationResponse>(routes, "mediations", "Mediation", MediationResponse.From);
        mediations.MapRegistration(
                Examples.AdministrativeMediation,
                (request, organ, time) => MediationCase.Register(organ, request.MediatingUnitId.Trim(), [.. request.Parties.Select(p => p.Trim())], request.Subject.Trim(), request.RegisteredOn, time))
            .WithName("RegisterMediation")
            .WithSummary("行政调解 (REC-11): a mediation case between at least two parties is registered with its mediating unit and subject.");
        mediations.MapReads("MediationCase", "MediationCases");
        mediations.MapStep("/{id:guid}/outcome", Examples.MediationOutcome, (c, request, time) => c.Conclude(request.AgreementReached, request.On, request.Result.Trim(), time))
            .WithName("ConcludeMediation")
            .WithSummary("调解结果 (REC-11): an agreement reached or mediation failed, once, no earlier than the registration.");

        var petitions = Remedy<Petition, PetitionResponse>(routes, "petitions", "Petitions", PetitionResponse.From);
        petitions.MapRegistration(Examples.Petition, (request, organ, time) => Petition.Register(organ, request.Petitioner.Trim(), request.Matter.Trim(), request.ReceivedOn, time))
            .WithName("RegisterPetition")
            .WithSummary("信访 (REC-11): a petition is registered; it is routed within 15 days (clock, flagged when overdue).");
        petitions.MapReads("Petition", "Petitions");
        petitions.MapStep("/{id:guid}/routing", Examples.PetitionRouting, (p, request, time) => p.Route(request.UnitId.Trim(), request.On, time))
            .WithName("RoutePetition")
            .WithSummary("转送交办 (REC-11): the petition goes to the competent unit, which reads it from then on; it is finished within 60 days (clock).");
        petitions.MapStep("/{id:guid}/redirection", Examples.PetitionRedirection, (p, request, time) => p.Redirect(request.Route, request.RouteNamed.Trim(), request.On, time))
            .WithName("RedirectPetition")
            .WithSummary("导入法定途径 (REC-11): a petition that belongs in reconsideration or court is redirected there, with the route named; its clocks stop.");
        petitions.MapStep("/{id:guid}/extension", Examples.PetitionExtension, (p, request, time) => p.Extend(request.Days, request.Reason.Trim(), time))
            .WithName("ExtendPetition")
            .WithSummary("延期 (REC-11): a routed petition's 60 days are extended once, by at most 30, with a reason; the clock moves.");
        petitions.MapStep("/{id:guid}/reply", Examples.PetitionReply, (p, request, time) => p.Finish(request.On, request.Text.Trim(), time))
            .WithName("FinishPetition")
            .WithSummary("办结 (REC-11): the competent unit's reply, no earlier than the routing; late when after the (extended) period.");

        var claims = Remedy<CompensationClaim, CompensationResponse>(routes, "compensation-claims", "Compensation", CompensationResponse.From);
        claims.MapRegistration(
                Examples.Compensation,
                (request, organ, time) => CompensationClaim.Register(organ, request.LiableUnitId.Trim(), request.Claimant.Trim(), request.Act.Trim(), request.AmountClaimed, request.ReceivedOn, time))
            .WithName("RegisterCompensationClaim")
            .WithSummary("国家赔偿 (REC-12): a claim against a unit is registered with the amount claimed; it is decided within 2 months (clock, flagged when overdue).");
        claims.MapReads("CompensationClaim", "CompensationClaims");
        claims.MapStep("/{id:guid}/steps", Examples.CompensationStep, (c, request, time) => c.RecordStep(request.Kind, request.On, request.Note.Trim(), request.AgreedAmount, time))
            .WithName("RecordCompensationStep")
            .WithSummary("听证、协商、和解 (REC-12): a step of an open claim, in date order; a settlement names the amount agreed (at most the amount claimed).");
        claims.MapStep("/{id:guid}/decision", Examples.CompensationDecision, (c, request, time) => c.Decide(request.Outcome, request.DecidedOn, request.Amount, request.Reasoning.Trim(), time))
            .WithName("DecideCompensationClaim")
            .WithSummary("赔偿决定 (REC-12): granted, partly granted or refused with the amount, no earlier than the claim's last step; late when after the 2 months.");
        return routes;
    }

    /// <summary>The group of one other remedy, under <c>{prefix}/{collection}</c>, its creations idempotent.</summary>
    private static RemedyRoutes<TRecord, TResponse> Remedy<TRecord, TResponse>(IEndpointRouteBuilder routes, string collection, string tag, Func<TRecord, TResponse> show)
        where TRecord : AggregateRoot, IClockedRecord, IConcernsUnit =>
        new(routes.MapGroup($"{ReconsiderationService.Names.RoutePrefix}/{collection}").WithTags(tag).WithIdempotentCreation(), collection, show);
}
