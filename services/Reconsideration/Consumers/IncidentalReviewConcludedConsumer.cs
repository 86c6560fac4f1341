using MassTransit;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Reconsideration.Features;

namespace RuleOfLaw.Reconsideration.Consumers;

/// <summary>REC-9: the documents service concluded an incidental review asked for in a case; the result goes into the case, which resumes.</summary>
public sealed class IncidentalReviewConcludedConsumer(ReconsiderationDbContext db, TimeProvider time, RecordCommands commands, ILogger<IncidentalReviewConcludedConsumer> logger)
    : InboxConsumer<IncidentalReviewConcluded>(db, time, logger)
{
    protected override async Task HandleAsync(ConsumeContext<IncidentalReviewConcluded> context)
    {
        var message = context.Message;
        var @case = await CaseCommands.FindWithClocksAsync<ReconsiderationCase>(db, message.CaseId, context.CancellationToken);
        if (@case is null)
        {
            logger.LogWarning("Incidental review of {DocumentNumber} names case {CaseId}, which this service does not hold", message.DocumentNumber, message.CaseId);
            return;
        }

        @case.ConcludeIncidentalReview(message.Outcome, message.SuspendedClauses, message.Reasoning, await commands.TimeAsync(context.CancellationToken));
    }
}
