using RuleOfLaw.BuildingBlocks.Outbox;

namespace RuleOfLaw.BuildingBlocks.Tests.Outbox;

public sealed class RetryDelayTests
{
    [Fact]
    public void Retry_delay_doubles_from_the_first_and_stops_at_the_maximum()
    {
        var options = new OutboxOptions { FirstRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(30) };
        Assert.Equal(
            [1, 2, 4, 8, 16, 30, 30],
            Enumerable.Range(1, 7).Select(attempt => options.RetryDelay(attempt).TotalSeconds));
    }
}
