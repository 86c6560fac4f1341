using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace RuleOfLaw.BuildingBlocks.Messaging;

/// <summary>
/// Declares every subscriber's queue of the system (<see cref="Subscriptions.All"/>) with its bindings,
/// exactly as the subscriber declares them when it starts (<see cref="EventTopology"/>): a short-lived bus in
/// "deploy topology only" mode, with one receive endpoint per subscription that never consumes.
/// Declaring is idempotent, so every service does it at start-up, before it publishes.
/// </summary>
/// <remarks>
/// <c>Messaging:DeclareSubscriberQueues</c> (default true) turns it off; <c>Messaging:SubscriberPrefixes:&lt;service&gt;</c>
/// names a subscriber's queue prefix where it is not the service's name (tests give each host its own).
/// </remarks>
public sealed class SubscriberQueues(IConfiguration configuration, ILogger<SubscriberQueues> logger)
{
    private static readonly System.Reflection.MethodInfo BindMethod =
        typeof(SubscriberQueues).GetMethod(nameof(BindLikeAConsumer), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private volatile bool _declared;

    public bool Enabled => configuration.GetValue("Messaging:DeclareSubscriberQueues", true);

    /// <summary>Each queue's full name: the subscriber's prefix, a dash, the endpoint.</summary>
    public IEnumerable<(string Queue, Type MessageType)> Queues =>
        Subscriptions.All.Select(s => ($"{configuration[$"Messaging:SubscriberPrefixes:{s.Service}"] ?? s.Service}-{s.Endpoint}", s.MessageType));

    /// <summary>Declares the queues once per process; throws while the broker cannot be reached, so the caller retries.</summary>
    public async Task DeclareAsync(CancellationToken cancellationToken)
    {
        if (_declared || !Enabled)
        {
            return;
        }

        var broker = new Uri(configuration.GetConnectionString(Hosting.ServiceHostingExtensions.MessagingConnectionName)
            ?? throw new InvalidOperationException("The messaging connection string is missing."));
        var queues = Queues.ToList();
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker);
            rabbit.DeployTopologyOnly = true;
            foreach (var (queue, messageType) in queues)
            {
                rabbit.ReceiveEndpoint(queue, endpoint => BindMethod.MakeGenericMethod(messageType).Invoke(null, [endpoint]));
            }
        });
        await bus.DeployAsync(cancellationToken);
        _declared = true;
        logger.LogInformation("Declared {Count} subscriber queues before publishing: {Queues}", queues.Count, string.Join(", ", queues.Select(q => q.Queue)));
    }

    /// <summary>A handler that never runs gives the endpoint the same consume topology (exchanges and bindings) as the real consumer.</summary>
    private static void BindLikeAConsumer<T>(IRabbitMqReceiveEndpointConfigurator endpoint)
        where T : class
    {
        EventTopology.Bind(endpoint, [typeof(T)]);
        endpoint.Handler<T>(_ => Task.CompletedTask);
    }
}
