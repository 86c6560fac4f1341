using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.BuildingBlocks.Messaging;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.Testing;

/// <summary>Publishes events as another service's outbox relay would (same exchange, same wire format), to feed a service under test.</summary>
public sealed class EventBus(EventPublisher publisher)
{
    public Task Publish(IntegrationEvent integrationEvent) =>
        publisher.PublishAsync(CloudEvent.Of(integrationEvent, "tests"), CancellationToken.None);
}

public static class EventBusExtensions
{
    /// <summary>The host's event publisher, to publish events the host then receives from the broker.</summary>
    public static EventBus EventBus(this IServiceProvider services) => new(services.GetRequiredService<EventPublisher>());
}
