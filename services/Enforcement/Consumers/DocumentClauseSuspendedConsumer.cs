using MassTransit;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.Contracts.NormativeDocuments;

namespace RuleOfLaw.Enforcement.Consumers;

/// <summary>ENF-1: a clause is suspended: the bases citing it (or the whole document) and the open cases relying on them are flagged.</summary>
public sealed class DocumentClauseSuspendedConsumer(EnforcementDbContext db, TimeProvider time, ILogger<DocumentClauseSuspendedConsumer> logger)
    : InboxConsumer<DocumentClauseSuspended>(db, time, logger)
{
    protected override async Task HandleAsync(ConsumeContext<DocumentClauseSuspended> context)
    {
        var message = context.Message;
        var now = Time.GetUtcNow();
        var document = await ReliantBases.KnownAsync(db, message.Number, message.RecordId, message.UnitId, now, context.CancellationToken);
        document.SuspendClause(message.Clause, now);
        await ReliantBases.FlagAsync(db, document, message.Clause, now, context.CancellationToken);
    }
}
