using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace RuleOfLaw.Testing;

/// <summary>What a queue on the broker holds, read as an operator would (a passive declare).</summary>
public static class BrokerQueues
{
    /// <summary>The messages waiting in <paramref name="queue"/>; 0 for a queue never created (nothing has failed so far).</summary>
    public static async Task<uint> CountMessagesAsync(string broker, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(broker) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0;
        }
    }
}
