using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.Appraisal.Consumers;
using RuleOfLaw.Contracts.NormativeDocuments;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Inbox;

/// <summary>A message whose handling fails is retried, then parked in the error queue: never acknowledged as handled.</summary>
public sealed class FailedMessageTests(AppraisalHost appraisal) : IClassFixture<AppraisalHost>
{
    [Fact]
    public async Task A_message_that_keeps_failing_ends_in_the_error_queue_with_no_effect_recorded()
    {
        // A unit id longer than the column: the consumer's transaction fails every time.
        var poison = new DocumentDrafted { OccurredAt = DateTimeOffset.UtcNow, UnitId = new string('u', 150), RecordId = Guid.NewGuid(), Title = "无法处理" };
        var errorQueue = appraisal.Services.GetRequiredService<IEndpointNameFormatter>().Consumer<EvidenceConsumer>() + "_error";
        var servers = await TestServers.GetAsync();

        await appraisal.Services.EventBus().Publish(poison);

        var parked = await Eventually.Until(() => BrokerQueues.CountMessagesAsync(servers.RabbitMq, errorQueue), count => count >= 1, "the message is in the error queue");
        Assert.Equal(1u, parked);
        Assert.False(await appraisal.WithDbAsync(db => db.InboxMessages.AnyAsync(m => m.MessageId == poison.EventId)));
    }
}
