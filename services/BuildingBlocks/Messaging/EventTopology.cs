using MassTransit;
using RabbitMQ.Client;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.BuildingBlocks.Messaging;

/// <summary>
/// How a queue of this system receives events: bound to <see cref="EventTypes.Exchange"/> with the event
/// type as routing key (<c>#</c> for every event), never through MassTransit's per-class exchanges.
/// Used by the services' consumers and by <see cref="SubscriberQueues"/>, so both declare the same bindings.
/// </summary>
public static class EventTopology
{
    /// <summary>The routing key that selects a message type: its event type, or every event for <see cref="IIntegrationEvent"/>.</summary>
    public static string RoutingKeyOf(Type messageType) =>
        messageType == typeof(IIntegrationEvent) || messageType == typeof(IntegrationEvent) ? "#" : EventTypes.NameOf(messageType);

    /// <summary>Binds the endpoint's queue to the events exchange for each message type, and nothing else.</summary>
    public static void Bind(IRabbitMqReceiveEndpointConfigurator endpoint, IEnumerable<Type> messageTypes)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        endpoint.ConfigureConsumeTopology = false;
        foreach (var routingKey in messageTypes.Select(RoutingKeyOf).Distinct(StringComparer.Ordinal))
        {
            endpoint.Bind(EventTypes.Exchange, binding =>
            {
                binding.ExchangeType = ExchangeType.Topic;
                binding.Durable = true;
                binding.AutoDelete = false;
                binding.RoutingKey = routingKey;
            });
        }
    }
}
