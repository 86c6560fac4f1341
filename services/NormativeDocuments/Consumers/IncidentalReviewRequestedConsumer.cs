using MassTransit;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.Contracts.Reconsideration;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.NormativeDocuments.Features;

namespace RuleOfLaw.NormativeDocuments.Consumers;

/// <summary>Opens an incidental review (DOC-14) for a reconsideration case's request (REC-9), with its clocks.</summary>
public sealed class IncidentalReviewRequestedConsumer(DocumentsDbContext db, TimeProvider time, WorkingCalendarProvider calendars, ILogger<IncidentalReviewRequestedConsumer> logger)
    : IdempotentConsumer<IncidentalReviewRequested>(db, time, logger)
{
    /// <summary>DOC-14: decided within 30 days of receipt, or transferred within 7.</summary>
    public const int DecisionDays = 30;
    public const int TransferDays = 7;

    protected override async Task HandleAsync(ConsumeContext<IncidentalReviewRequested> context)
    {
        var request = context.Message;
        var now = Time.GetUtcNow();
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Number == request.DocumentNumber, context.CancellationToken);
        var review = IncidentalReview.Receive(request.RecordId, request.UnitId, request.DocumentNumber, document, request.Clauses, request.Grounds, request.ReceivedOn, now);
        db.IncidentalReviews.Add(review);
        if (review.Status != IncidentalReviewStatus.Received)
        {
            return;
        }

        var calendar = await calendars.GetAsync(context.CancellationToken);
        foreach (var (kind, days) in new[] { (DocumentClocks.IncidentalDecision, DecisionDays), (DocumentClocks.IncidentalTransfer, TransferDays) })
        {
            db.Clocks.Add(StatutoryClock.Start(nameof(IncidentalReview), review.Id, review.UnitId, kind, DocumentRules.Doc14.Id, request.ReceivedOn, days, PeriodUnit.CalendarDays, calendar, now));
        }
    }
}
