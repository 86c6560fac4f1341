using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.Procedures;
using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.NormativeDocuments.Features;

public static class DocumentEndpoints
{
    public static IServiceCollection AddDocumentFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DocumentSettings>(configuration.GetSection("NormativeDocuments"));
        services.AddScoped<DocumentCommands>();
        services.AddSharedStepValidators<LegalityChecklist>();

        // What each document clock does when it fires; runs in the sweeper's transaction.
        services.AddScoped(_ => ConsultationClock.For<NormativeDocument>(DocumentClocks.CommentClose));
        services.AddScoped<IClockElapsedHandler>(_ => new ClockElapsedHandler<NormativeDocument>(DocumentClocks.EntersForce, (d, now) => d.AnnounceEnteredForce(now)));
        services.AddScoped<IClockElapsedHandler>(_ => new ClockElapsedHandler<NormativeDocument>(DocumentClocks.ExpiryWarning, (d, now) => d.WarnOfExpiry(now)));
        services.AddScoped<IClockElapsedHandler>(_ => new ClockElapsedHandler<NormativeDocument>(DocumentClocks.Expiry, (d, now) => d.Expire(now)));
        services.AddScoped<IClockElapsedHandler>(_ => new ClockElapsedHandler<NormativeDocument>(DocumentClocks.Filing, (d, now) => d.MarkFilingMissing(now)));
        return services;
    }

    /// <summary>
    /// Every route of the service, readable top to bottom as a document meets them: its issuer, the draft,
    /// public comment, legality review and collective discussion, publication and filing, the public
    /// register, oversight (filing review, objections), then cleanup campaigns and incidental reviews.
    /// </summary>
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder routes)
    {
        var documents = routes.MapGroup(NormativeDocumentsService.Names.RoutePrefix).WithTags("Normative documents").WithPublicReads().WithIdempotentCreation();

        var units = documents.MapGroup("/issuing-units").WithTags("Issuing units");
        RegisterIssuingUnit.Map(units);
        UpdateIssuingUnit.Map(units);
        ListIssuingUnits.Map(units);
        GetIssuingUnit.Map(units);

        DraftDocument.Map(documents);
        GetDocument.Map(documents);

        // The units' work list is staff-only: outside the group whose reads are public.
        var desk = routes.MapGroup(NormativeDocumentsService.Names.RoutePrefix).WithTags("Normative documents");
        ListDocumentsInProgress.Map(desk);
        ReviseDocument.Map(documents);

        OpenComment.Map(documents);
        ListConsultations.Map(documents);
        SubmitComment.Map(documents);
        ListComments.Map(documents);
        DisposeComment.Map(documents);
        CloseComment.Map(documents);
        PublishCommentFeedback.Map(documents);
        RecordFairCompetitionReview.Map(documents);

        SubmitForLegalityReview.Map(documents);
        ConcludeLegalityReview.Map(documents);
        RecordCollectiveDiscussion.Map(documents);

        PublishDocument.Map(documents);
        FileDocument.Map(documents);

        SearchDocuments.Map(documents);
        ListVersions.Map(documents);
        CompareVersions.Map(documents);

        ConcludeFilingReview.Map(documents);
        RevokeDocument.Map(documents);
        ListPassedReviews.Map(documents);
        SubmitObjection.Map(documents);
        ListObjections.Map(documents);
        AnswerObjection.Map(documents);

        var cleanup = documents.MapGroup("/cleanup-campaigns").WithTags("Cleanup");
        StartCleanup.Map(cleanup);
        GetCleanup.Map(cleanup);
        DecideCleanupItem.Map(cleanup);
        PublishCleanup.Map(cleanup);

        var incidental = documents.MapGroup("/incidental-reviews").WithTags("Incidental review");
        ListIncidentalReviews.Map(incidental);
        AskIssuer.Map(incidental);
        RecordIssuerAnswer.Map(incidental);
        ConcludeIncidentalReview.Map(incidental);
        TransferIncidentalReview.Map(incidental);

        DocumentHistory.Map(documents);
        return routes;
    }
}
