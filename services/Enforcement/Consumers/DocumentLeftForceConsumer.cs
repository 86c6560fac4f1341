using MassTransit;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.Contracts.NormativeDocuments;

namespace RuleOfLaw.Enforcement.Consumers;

/// <summary>ENF-1: a document left force (expired, repealed, revoked): the bases citing it and the open cases relying on them are flagged.</summary>
public sealed class DocumentLeftForceConsumer(EnforcementDbContext db, TimeProvider time, ILogger<DocumentLeftForceConsumer> logger)
    : InboxConsumer<DocumentLeftForce>(db, time, logger)
{
    protected override async Task HandleAsync(ConsumeContext<DocumentLeftForce> context)
    {
        var message = context.Message;
        var now = Time.GetUtcNow();
        var document = await ReliantBases.KnownAsync(db, message.Number, message.RecordId, message.UnitId, now, context.CancellationToken);
        document.LeftForce(message.Since, message.Reason, now);
        await ReliantBases.FlagAsync(db, document, null, now, context.CancellationToken);
    }
}
