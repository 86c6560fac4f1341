using RuleOfLaw.Contracts;
using RuleOfLaw.Contracts.Calendar;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Contracts.Reconsideration;

namespace RuleOfLaw.BuildingBlocks.Messaging;

/// <summary>
/// Every queue that a service of this system consumes from. RabbitMQ drops an event published to an
/// exchange no queue is bound to yet, so each service declares all of them (<see cref="SubscriberQueues"/>)
/// before its outbox relay publishes anything: an event published before its subscriber first
/// starts waits in the subscriber's queue. A consumer added to a service is added here too; a test
/// compares this list with the consumers the services register.
/// </summary>
public static class Subscriptions
{
    /// <summary>The service that keeps the working calendar and publishes it (decision 0003).</summary>
    public const string CalendarOwner = ResourceNames.Decisions;

    private static readonly string[] CalendarCopies =
        [ResourceNames.NormativeDocuments, ResourceNames.Enforcement, ResourceNames.Reconsideration, ResourceNames.Appraisal, ResourceNames.Identity];

    public static IReadOnlyList<Subscription> All { get; } =
    [
        .. CalendarCopies.Select(service => new Subscription(service, "working-calendar-year-published", typeof(WorkingCalendarYearPublished))),
        new(ResourceNames.NormativeDocuments, "incidental-review-requested", typeof(IncidentalReviewRequested)),
        new(ResourceNames.Appraisal, "evidence", typeof(IIntegrationEvent)),
        new(ResourceNames.Enforcement, "document-published", typeof(DocumentPublished)),
        new(ResourceNames.Enforcement, "document-entered-force", typeof(DocumentEnteredForce)),
        new(ResourceNames.Enforcement, "document-left-force", typeof(DocumentLeftForce)),
        new(ResourceNames.Enforcement, "document-clause-suspended", typeof(DocumentClauseSuspended)),
        new(ResourceNames.Enforcement, "reconsideration-decided", typeof(ReconsiderationDecided)),
        new(ResourceNames.Reconsideration, "incidental-review-concluded", typeof(IncidentalReviewConcluded)),
    ];

    /// <summary>The event types a service's endpoint (full queue name, with the service's prefix) takes.</summary>
    public static IReadOnlyList<Type> MessageTypesOf(string service, string prefix, string queue) =>
        All.Where(s => s.Service == service && $"{prefix}-{s.Endpoint}" == queue).Select(s => s.MessageType).ToList();
}
