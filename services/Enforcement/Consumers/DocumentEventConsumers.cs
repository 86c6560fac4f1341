using MassTransit;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.Contracts;
using RuleOfLaw.Contracts.NormativeDocuments;

namespace RuleOfLaw.Enforcement.Consumers;

/// <summary>
/// An event of the documents service about one normative document: the document as this service knows it, learnt
/// now if the event is the first about it (<see cref="ReliantBases.KnownAsync"/>), takes the event's change. Each
/// event keeps its own consumer, so its own queue (<c>Subscriptions.All</c>) and its own inbox rows.
/// </summary>
public abstract class DocumentEventConsumer<TMessage>(EnforcementDbContext db, TimeProvider time, ILogger logger)
    : InboxConsumer<TMessage>(db, time, logger)
    where TMessage : IntegrationEvent
{
    protected sealed override async Task HandleAsync(ConsumeContext<TMessage> context)
    {
        var message = context.Message;
        var now = Time.GetUtcNow();
        var document = await ReliantBases.KnownAsync(db, NumberOf(message), message.RecordId, message.UnitId, now, context.CancellationToken);
        await ApplyAsync(document, message, now, context.CancellationToken);
    }

    /// <summary>The document's register number, which is how this service knows it.</summary>
    protected abstract string NumberOf(TMessage message);

    /// <summary>The event's change to the document (and, where it makes the document unreliable, to what relies on it).</summary>
    protected abstract Task ApplyAsync(KnownDocument document, TMessage message, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>ENF-1: flags the bases citing the document (or only <paramref name="clause"/>) and the open cases relying on them.</summary>
    protected Task FlagReliantAsync(KnownDocument document, string? clause, DateTimeOffset now, CancellationToken cancellationToken) =>
        ReliantBases.FlagAsync(db, document, clause, now, cancellationToken);
}

/// <summary>Records a published document's number, title and dates.</summary>
public sealed class DocumentPublishedConsumer(EnforcementDbContext db, TimeProvider time, ILogger<DocumentPublishedConsumer> logger)
    : DocumentEventConsumer<DocumentPublished>(db, time, logger)
{
    protected override string NumberOf(DocumentPublished message) => message.Number;

    protected override Task ApplyAsync(KnownDocument document, DocumentPublished message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        document.Published(message.Title, message.EffectiveFrom, message.ExpiresOn, now);
        return Task.CompletedTask;
    }
}

/// <summary>Marks a document in force.</summary>
public sealed class DocumentEnteredForceConsumer(EnforcementDbContext db, TimeProvider time, ILogger<DocumentEnteredForceConsumer> logger)
    : DocumentEventConsumer<DocumentEnteredForce>(db, time, logger)
{
    protected override string NumberOf(DocumentEnteredForce message) => message.Number;

    protected override Task ApplyAsync(KnownDocument document, DocumentEnteredForce message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        document.EnteredForce(message.Since, now);
        return Task.CompletedTask;
    }
}

/// <summary>ENF-1: a document left force (expired, repealed, revoked): the bases citing it and the open cases relying on them are flagged.</summary>
public sealed class DocumentLeftForceConsumer(EnforcementDbContext db, TimeProvider time, ILogger<DocumentLeftForceConsumer> logger)
    : DocumentEventConsumer<DocumentLeftForce>(db, time, logger)
{
    protected override string NumberOf(DocumentLeftForce message) => message.Number;

    protected override Task ApplyAsync(KnownDocument document, DocumentLeftForce message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        document.LeftForce(message.Since, message.Reason, now);
        return FlagReliantAsync(document, null, now, cancellationToken);
    }
}

/// <summary>ENF-1: a clause is suspended: the bases citing it (or the whole document) and the open cases relying on them are flagged.</summary>
public sealed class DocumentClauseSuspendedConsumer(EnforcementDbContext db, TimeProvider time, ILogger<DocumentClauseSuspendedConsumer> logger)
    : DocumentEventConsumer<DocumentClauseSuspended>(db, time, logger)
{
    protected override string NumberOf(DocumentClauseSuspended message) => message.Number;

    protected override Task ApplyAsync(KnownDocument document, DocumentClauseSuspended message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        document.SuspendClause(message.Clause, now);
        return FlagReliantAsync(document, message.Clause, now, cancellationToken);
    }
}
