using MassTransit;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.Contracts.Reconsideration;

namespace RuleOfLaw.Enforcement.Consumers;

/// <summary>
/// REC-7: a reconsideration decision on an enforcement decision is recorded on its case; one that
/// revokes, varies or confirms it unlawful marks the case and, if it was published, starts the 3-day
/// withdrawal clock (ENF-7).
/// </summary>
public sealed class ReconsiderationDecidedConsumer(EnforcementDbContext db, TimeProvider time, RecordCommands commands, ILogger<ReconsiderationDecidedConsumer> logger)
    : InboxConsumer<ReconsiderationDecided>(db, time, logger)
{
    protected override async Task HandleAsync(ConsumeContext<ReconsiderationDecided> context)
    {
        var message = context.Message;
        if (message.EnforcementCaseId is not { } caseId)
        {
            return;
        }

        var enforcementCase = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, context.CancellationToken);
        if (enforcementCase is null)
        {
            logger.LogWarning("Reconsideration {RecordId} names enforcement case {CaseId}, which this service does not hold", message.RecordId, caseId);
            return;
        }

        var now = await commands.TimeAsync(context.CancellationToken);
        enforcementCase.RecordReconsideration(message.Outcome, message.DecidedOn, now);
    }
}
