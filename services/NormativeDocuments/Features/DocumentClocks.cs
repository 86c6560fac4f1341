using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>The clocks of a normative document: statutory deadlines and the timers of its automatic effects.</summary>
public static class DocumentClocks
{
    public const string RecordType = nameof(NormativeDocument);
    public const string CommentClose = "comment-close";
    public const string LegalityReview = "legality-review";
    public const string EntersForce = "enters-force";
    public const string ExpiryWarning = "expiry-warning";
    public const string Expiry = "expiry";
    public const string Filing = "filing";
    public const string ObjectionAnswer = "objection-answer";
    public const string IncidentalDecision = "incidental-decision";
    public const string IncidentalTransfer = "incidental-transfer";
    public const string IssuerAnswer = "issuer-answer";

    public static void Start(this CommandContext context, NormativeDocument document, StatutoryClock clock) => context.Db.Clocks.Add(clock);

    public static StatutoryClock Timer(NormativeDocument document, string kind, string ruleId, DateOnly day, DateTimeOffset now) =>
        StatutoryClock.FireOn(RecordType, document.Id, document.UnitId, kind, ruleId, day, now);

    /// <summary>The guarded step was taken: the document's clocks of this kind stop without elapsing.</summary>
    public static Task StopAsync(this CommandContext context, NormativeDocument document, string kind, string reason) =>
        context.Db.StopClocksAsync(document.Id, context.Now, reason, kind);

    /// <summary>Registers what each document timer does when it fires; runs in the sweeper's transaction.</summary>
    public static IServiceCollection AddDocumentClockHandlers(this IServiceCollection services)
    {
        services.AddScoped(_ => ConsultationTimer.For<NormativeDocument>(CommentClose));
        services.AddScoped<IClockElapsedHandler>(_ => new RecordTimer<NormativeDocument>(EntersForce, (d, now) => d.AnnounceEnteredForce(now)));
        services.AddScoped<IClockElapsedHandler>(_ => new RecordTimer<NormativeDocument>(ExpiryWarning, (d, now) => d.WarnOfExpiry(now)));
        services.AddScoped<IClockElapsedHandler>(_ => new RecordTimer<NormativeDocument>(Expiry, (d, now) => d.Expire(now)));
        services.AddScoped<IClockElapsedHandler>(_ => new RecordTimer<NormativeDocument>(Filing, (d, now) => d.MarkFilingMissing(now)));
        return services;
    }
}
