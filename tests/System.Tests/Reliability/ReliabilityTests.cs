using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Reliability;

/// <summary>
/// Nothing is lost and nothing happens twice: the three failures the outbox and inbox exist for,
/// each observed where a user would see it — in the appraisal service that receives the events.
/// </summary>
public sealed class ReliabilityTests : IClassFixture<AppraisalHost>
{
    private readonly AppraisalHost _appraisal;

    public ReliabilityTests(AppraisalHost appraisal) => _appraisal = appraisal;

    [Fact]
    public async Task Process_dying_after_commit_before_publish_still_delivers_the_event_after_restart()
    {
        var unit = Units.New();
        string database;
        await using (var crashed = new DocumentsHost())
        {
            // The relay never runs in this process: it "dies" after the commit, before any publish.
            crashed.Settings["Outbox:RelayEnabled"] = "false";
            await crashed.InitializeAsync();
            await crashed.DraftAsync(unit);
            database = crashed.DatabaseName;
            Assert.Equal(1, await crashed.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.PublishedAt == null)));
        }

        Assert.Equal(0, (await _appraisal.EvidenceAsync(unit)).Total);

        await using var restarted = new DocumentsHost { DatabaseName = database };
        await restarted.InitializeAsync();
        var evidence = await _appraisal.EvidenceCountReachesAsync(unit, 1);
        Assert.Equal(typeof(DocumentDrafted).FullName, Assert.Single(evidence.Items).EventType);
    }

    [Fact]
    public async Task Same_message_delivered_twice_has_one_effect()
    {
        var unit = Units.New();
        var drafted = new DocumentDrafted { OccurredAt = DateTimeOffset.UtcNow, UnitId = unit, RecordId = Guid.NewGuid(), Title = "重复投递" };
        var bus = _appraisal.Services.GetRequiredService<IBus>();
        var consumed = new ConsumedCounter(drafted.EventId);
        using var _ = bus.ConnectConsumeObserver(consumed);

        await _appraisal.Services.EventBus().Publish(drafted);
        await _appraisal.Services.EventBus().Publish(drafted);

        // Both deliveries have gone through the consumer (neither failed) before the effect is counted.
        await Eventually.Until(() => Task.FromResult(consumed.Count), count => count == 2, "both deliveries are consumed");
        var evidence = await _appraisal.EvidenceAsync(unit);
        Assert.Equal(drafted.EventId, Assert.Single(evidence.Items).EventId);
        Assert.Equal(1, await _appraisal.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == drafted.EventId)));
        Assert.Equal(0, consumed.Faults);
    }
}

/// <summary>The broker goes away and comes back; writes never stop and no event is lost.</summary>
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task Broker_stopped_the_API_keeps_accepting_writes_and_every_event_arrives_when_it_is_back()
    {
        await using var broker = await RestartableBroker.CreateAsync();
        await using var appraisal = new AppraisalHost { RabbitMqConnectionString = broker.ConnectionString };
        await using var documents = new DocumentsHost { RabbitMqConnectionString = broker.ConnectionString };
        await appraisal.InitializeAsync();
        await documents.InitializeAsync();
        var unit = Units.New();

        await broker.StopAsync();
        for (var i = 0; i < 5; i++)
        {
            await documents.DraftAsync(unit, $"断线期间的草案{i}"); // succeeds: the API never waits for the broker
        }

        Assert.Equal(5, (await documents.WithDbAsync(db => db.OutboxRowsAboutAsync(unit))).Count(m => m.PublishedAt is null));

        await broker.RestartAsync();
        var evidence = await appraisal.EvidenceCountReachesAsync(unit, 5);
        Assert.Equal(5, evidence.Total);
    }
}

/// <summary>Counts the deliveries of one message that a consumer finished, on this host's bus.</summary>
internal sealed class ConsumedCounter(Guid messageId) : IConsumeObserver
{
    private int _count;
    private int _faults;

    public int Count => Volatile.Read(ref _count);

    public int Faults => Volatile.Read(ref _faults);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.MessageId == messageId)
        {
            Interlocked.Increment(ref _count);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        if (context.MessageId == messageId)
        {
            Interlocked.Increment(ref _faults);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Consumers handle several messages at once, on every replica: a message delivered many times at
/// once — to two replicas of one service sharing its queue and database — still has one effect.
/// </summary>
public sealed class ConcurrentDeliveryTests : IAsyncLifetime
{
    private readonly AppraisalHost _first = new();
    private AppraisalHost _second = null!;

    public async Task InitializeAsync()
    {
        await _first.InitializeAsync();
        _second = new AppraisalHost { DatabaseName = _first.DatabaseName, QueuePrefix = _first.QueuePrefix };
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Same_event_delivered_ten_times_at_once_to_two_replicas_has_one_effect()
    {
        var unit = Units.New();
        var drafted = new DocumentDrafted { OccurredAt = DateTimeOffset.UtcNow, UnitId = unit, RecordId = Guid.NewGuid(), Title = "并发重复投递" };
        var onFirst = new ConsumedCounter(drafted.EventId);
        var onSecond = new ConsumedCounter(drafted.EventId);
        using var first = _first.Services.GetRequiredService<IBus>().ConnectConsumeObserver(onFirst);
        using var second = _second.Services.GetRequiredService<IBus>().ConnectConsumeObserver(onSecond);

        var bus = _first.Services.EventBus();
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => bus.Publish(drafted)));

        await Eventually.Until(() => Task.FromResult(onFirst.Count + onSecond.Count), count => count == 10, "all ten deliveries are consumed");
        var evidence = await _first.EvidenceAsync(unit);
        Assert.Equal(drafted.EventId, Assert.Single(evidence.Items).EventId);
        Assert.Equal(1, await _first.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == drafted.EventId)));
        Assert.Equal(0, onFirst.Faults + onSecond.Faults);
    }
}
