using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;

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
        StopClocksAsync(context.Db, document.Id, context.Now, reason, kind);

    /// <summary>Stops a record's running or paused clocks (of one kind, or all).</summary>
    public static async Task StopClocksAsync(DocumentsDbContext db, Guid recordId, DateTimeOffset now, string reason, string? kind = null)
    {
        var running = await db.Clocks
            .Where(c => c.RecordId == recordId && (kind == null || c.Kind == kind) && (c.Status == ClockStatus.Running || c.Status == ClockStatus.Paused))
            .ToListAsync();
        foreach (var clock in running)
        {
            clock.Stop(now, reason);
        }
    }

    /// <summary>Registers what each document timer does when it fires; runs in the sweeper's transaction.</summary>
    public static IServiceCollection AddDocumentClockHandlers(this IServiceCollection services)
    {
        services.AddScoped<IClockElapsedHandler>(_ => new DocumentTimer(CommentClose, (d, now) =>
        {
            if (d.Status == DocumentStatus.OpenForComment)
            {
                d.CloseComment(StatutoryTime.DateOf(now), now);
            }
        }));
        services.AddScoped<IClockElapsedHandler>(_ => new DocumentTimer(EntersForce, (d, now) => d.AnnounceEnteredForce(now)));
        services.AddScoped<IClockElapsedHandler>(_ => new DocumentTimer(ExpiryWarning, (d, now) => d.WarnOfExpiry(now)));
        services.AddScoped<IClockElapsedHandler>(_ => new DocumentTimer(Expiry, (d, now) => d.Expire(now)));
        services.AddScoped<IClockElapsedHandler>(_ => new DocumentTimer(Filing, (d, now) => d.MarkFilingMissing(now)));
        return services;
    }

    private sealed class DocumentTimer(string kind, Action<NormativeDocument, DateTimeOffset> effect) : IClockElapsedHandler
    {
        public string Kind => kind;

        public async Task OnElapsedAsync(StatutoryClock clock, ServiceDbContext db, CancellationToken cancellationToken)
        {
            var document = await ((DocumentsDbContext)db).Documents.SingleAsync(d => d.Id == clock.RecordId, cancellationToken);
            effect(document, clock.EndedAt ?? DateTimeOffset.UtcNow);
        }
    }
}
