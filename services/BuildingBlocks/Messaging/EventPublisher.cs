using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.BuildingBlocks.Messaging;

/// <summary>
/// Publishes events on <see cref="EventTypes.Exchange"/> in CloudEvents binary content mode: the body is
/// the event's JSON, the attributes are AMQP properties (<c>message_id</c>, <c>type</c>, <c>content_type</c>,
/// <c>timestamp</c>) and <c>cloudEvents:*</c> headers. Each publish waits for the broker's confirm.
/// Nothing else goes on the wire: no host, process or library details.
/// </summary>
/// <remarks>
/// The relay is the only caller in production; tests publish through it too, so what they send is
/// what the system sends. One connection, created on first use and replaced after a failure.
/// </remarks>
public sealed class EventPublisher(IConfiguration configuration, ILogger<EventPublisher> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _channel;

    /// <summary>Declares the exchange (idempotent); throws while the broker cannot be reached.</summary>
    public async Task DeclareAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await ChannelAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Publishes one event and returns once the broker confirmed it; throws otherwise.</summary>
    public async Task PublishAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        var outcomes = await await SendAllAsync([cloudEvent], cancellationToken);
        if (outcomes[0] is { } error)
        {
            ExceptionDispatchInfo.Throw(error);
        }
    }

    /// <summary>
    /// Sends the events in order on one channel without waiting for their confirms, and returns once
    /// they are sent. The task it returns completes when the broker has answered every one of them:
    /// per event in order, null when the broker confirmed it, or what went wrong. The caller may send
    /// the next events before that (confirms pipelined across calls as well as within one); the channel
    /// keeps them in the order they were sent. After any failure the connection is dropped, so the next
    /// call starts on a fresh channel.
    /// </summary>
    public async Task<Task<IReadOnlyList<Exception?>>> SendAllAsync(IReadOnlyList<CloudEvent> cloudEvents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cloudEvents);
        if (cloudEvents.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Exception?>>([]);
        }

        var confirms = new Task[cloudEvents.Count];
        IChannel channel;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            channel = await ChannelAsync(cancellationToken);
            for (var i = 0; i < cloudEvents.Count; i++)
            {
                var cloudEvent = cloudEvents[i];
                try
                {
                    // With confirmation tracking each publish completes when its confirm arrives; starting them
                    // one after the other keeps their order on the channel (sequence numbers are handed out in turn).
                    confirms[i] = channel.BasicPublishAsync(EventTypes.Exchange, cloudEvent.Type, mandatory: false, PropertiesOf(cloudEvent), Encoding.UTF8.GetBytes(cloudEvent.Data), cancellationToken).AsTask();
                }
                catch (Exception ex)
                {
                    confirms[i] = Task.FromException(ex);
                }
            }
        }
        finally
        {
            _gate.Release();
        }

        return OutcomesAsync(confirms, channel);
    }

    private async Task<IReadOnlyList<Exception?>> OutcomesAsync(Task[] confirms, IChannel channel)
    {
        var outcomes = new Exception?[confirms.Length];
        var failed = false;
        for (var i = 0; i < confirms.Length; i++)
        {
            try
            {
                await confirms[i];
            }
            catch (Exception ex)
            {
                outcomes[i] = ex;
                failed = true;
            }
        }

        if (failed)
        {
            await _gate.WaitAsync();
            try
            {
                // Only the channel these were sent on: a later call may already have opened a fresh one.
                if (ReferenceEquals(_channel, channel))
                {
                    await DropConnectionAsync();
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        return outcomes;
    }

    /// <summary>The AMQP properties and headers of an event (CloudEvents binary mode, AMQP binding names).</summary>
    public static BasicProperties PropertiesOf(CloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        var headers = new Dictionary<string, object?>
        {
            [CloudEvent.HeaderPrefix + "specversion"] = CloudEvent.SpecVersion,
            [CloudEvent.HeaderPrefix + "id"] = cloudEvent.Id.ToString(),
            [CloudEvent.HeaderPrefix + "type"] = cloudEvent.Type,
            [CloudEvent.HeaderPrefix + "source"] = cloudEvent.Source,
            [CloudEvent.HeaderPrefix + "subject"] = cloudEvent.Subject,
            [CloudEvent.HeaderPrefix + "time"] = CloudEvent.FormatTime(cloudEvent.Time),
            [CloudEvent.HeaderPrefix + "datacontenttype"] = CloudEvent.DataContentType,
            [CloudEvent.HeaderPrefix + "position"] = cloudEvent.Position.ToString(CultureInfo.InvariantCulture),
        };
        if (cloudEvent.TraceParent is { Length: > 0 } traceParent)
        {
            // W3C Trace Context for AMQP (and the CloudEvents distributed-tracing extension's name): the trace continues in the consumer.
            headers["traceparent"] = traceParent;
            // The same value under the one name MassTransit reads, so the system's own consumers continue the trace.
            headers["MT-Activity-Id"] = traceParent;
        }

        return new BasicProperties
        {
            MessageId = cloudEvent.Id.ToString(),
            Type = cloudEvent.Type,
            ContentType = CloudEvent.DataContentType,
            ContentEncoding = "utf-8",
            DeliveryMode = DeliveryModes.Persistent,
            Timestamp = new AmqpTimestamp(cloudEvent.Time.ToUnixTimeSeconds()),
            Headers = headers,
        };
    }

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true } open)
        {
            return open;
        }

        await DropConnectionAsync();
        var broker = configuration.GetConnectionString(Hosting.ServiceHostingExtensions.MessagingConnectionName)
            ?? throw new InvalidOperationException("The messaging connection string is missing.");
        var factory = new ConnectionFactory { Uri = new Uri(broker), ClientProvidedName = "ruleoflaw-outbox-relay" };
        _connection = await factory.CreateConnectionAsync(cancellationToken);
        _channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true),
            cancellationToken);
        await _channel.ExchangeDeclareAsync(EventTypes.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        logger.LogInformation("Connected to the broker and declared the exchange {Exchange}", EventTypes.Exchange);
        return _channel;
    }

    private async Task DropConnectionAsync()
    {
        var channel = _channel;
        var connection = _connection;
        _channel = null;
        _connection = null;
        try
        {
            if (channel is not null)
            {
                await channel.DisposeAsync();
            }

            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Closing a failed broker connection failed");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropConnectionAsync();
        _gate.Dispose();
    }
}
