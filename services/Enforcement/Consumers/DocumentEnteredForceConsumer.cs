using MassTransit;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.Contracts.NormativeDocuments;

namespace RuleOfLaw.Enforcement.Consumers;

/// <summary>Marks a document in force.</summary>
public sealed class DocumentEnteredForceConsumer(EnforcementDbContext db, TimeProvider time, ILogger<DocumentEnteredForceConsumer> logger)
    : InboxConsumer<DocumentEnteredForce>(db, time, logger)
{
    protected override async Task HandleAsync(ConsumeContext<DocumentEnteredForce> context)
    {
        var message = context.Message;
        var now = Time.GetUtcNow();
        var document = await ReliantBases.KnownAsync(db, message.Number, message.RecordId, message.UnitId, now, context.CancellationToken);
        document.EnteredForce(message.Since, now);
    }
}
