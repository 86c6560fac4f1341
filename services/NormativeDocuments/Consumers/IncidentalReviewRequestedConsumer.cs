using MassTransit;
using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.Contracts.Reconsideration;

namespace RuleOfLaw.NormativeDocuments.Consumers;

/// <summary>Opens an incidental review (DOC-14) for a reconsideration case's request (REC-9), with the clocks the review starts.</summary>
public sealed class IncidentalReviewRequestedConsumer(
    DocumentsDbContext db, TimeProvider time, WorkingCalendarProvider calendars, ILogger<IncidentalReviewRequestedConsumer> logger)
    : InboxConsumer<IncidentalReviewRequested>(db, time, logger)
{
    protected override async Task HandleAsync(ConsumeContext<IncidentalReviewRequested> context)
    {
        var request = context.Message;
        var now = Time.GetUtcNow();
        var document = await db.Documents.SingleOrDefaultAsync(d => d.Number == request.DocumentNumber, context.CancellationToken);
        var calendar = await calendars.GetAsync(context.CancellationToken);
        var review = IncidentalReview.Receive(request.RecordId, request.UnitId, request.DocumentNumber, document, request.Clauses, request.Grounds, request.ReceivedOn, calendar, now);
        db.IncidentalReviews.Add(review);
    }
}
