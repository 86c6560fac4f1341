using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Reliability;

/// <summary>
/// The short fault run of the test command (benchmarks/faults.sh has the long ones): writes at a steady
/// rate while the broker is killed (kill -9, no shutdown) and started again. Every acknowledged write's
/// event is consumed once — none lost, none with a second effect, none in the error queue — once the
/// outbox is empty and the queue drained.
/// </summary>
public sealed class BrokerKilledTests
{
    private const int Writes = 30;

    [Fact]
    public async Task Broker_killed_mid_stream_then_restarted_loses_no_event_and_duplicates_none()
    {
        await using var broker = await RestartableBroker.CreateAsync();
        await using var appraisal = new AppraisalHost { RabbitMqConnectionString = broker.ConnectionString };
        await using var documents = new DocumentsHost { RabbitMqConnectionString = broker.ConnectionString };
        await appraisal.InitializeAsync();
        await documents.InitializeAsync();
        var unit = Units.New();

        // A write every 100 ms; the broker dies after the first third and is started again at once.
        var acknowledged = 0;
        var writing = Task.Run(async () =>
        {
            for (var i = 0; i < Writes; i++)
            {
                await documents.DraftAsync(unit, $"故障期间的草案{i}");
                Interlocked.Increment(ref acknowledged);
                await Task.Delay(100);
            }
        });
        await Eventually.Until(() => Task.FromResult(Volatile.Read(ref acknowledged)), n => n >= Writes / 3, "a third of the writes are acknowledged");
        await broker.KillAsync();
        await broker.RestartAsync();
        await writing;

        var evidence = await appraisal.EvidenceCountReachesAsync(unit, Writes);
        await Eventually.Until(
            () => documents.WithDbAsync(db => db.OutboxRowsAboutAsync(unit)),
            rows => rows.Count == Writes && rows.All(r => r.PublishedAt is not null),
            "the outbox is empty");
        var queue = appraisal.QueuePrefix + "-evidence";
        await Eventually.Until(() => BrokerQueues.CountMessagesAsync(broker.ConnectionString, queue), count => count == 0, "the evidence queue is drained");

        evidence = await appraisal.EvidenceAsync(unit);
        Assert.Equal(Writes, evidence.Total); // none lost, none twice
        Assert.Equal(Writes, evidence.Items.Select(e => e.EventId).Distinct().Count());
        Assert.Equal(Writes, await appraisal.WithDbAsync(db => db.InboxMessages.CountAsync(m => evidence.Items.Select(e => e.EventId).Contains(m.MessageId))));
        Assert.Equal(0u, await BrokerQueues.CountMessagesAsync(broker.ConnectionString, queue + "_error"));
    }
}
