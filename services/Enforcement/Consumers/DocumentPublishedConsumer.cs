using MassTransit;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.Contracts.NormativeDocuments;

namespace RuleOfLaw.Enforcement.Consumers;

/// <summary>Records a published document's number, title and dates.</summary>
public sealed class DocumentPublishedConsumer(EnforcementDbContext db, TimeProvider time, ILogger<DocumentPublishedConsumer> logger)
    : InboxConsumer<DocumentPublished>(db, time, logger)
{
    protected override async Task HandleAsync(ConsumeContext<DocumentPublished> context)
    {
        var message = context.Message;
        var now = Time.GetUtcNow();
        var document = await ReliantBases.KnownAsync(db, message.Number, message.RecordId, message.UnitId, now, context.CancellationToken);
        document.Published(message.Title, message.EffectiveFrom, message.ExpiresOn, now);
    }
}
