namespace RuleOfLaw.BuildingBlocks.Outbox;

public sealed class OutboxOptions
{
    /// <summary>Off only to simulate a process that dies between commit and publish, or for a read-only replica.</summary>
    public bool RelayEnabled { get; set; } = true;

    /// <summary>The relay also polls, for rows committed by another replica or before a restart.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows claimed, published (confirms pipelined) and marked in one relay transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>First retry delay after a failed publish; doubles each attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Short: a failed publish is nearly always the broker being away, and a retry then costs one refused
    /// connection, while every event behind it waits for the retry once the broker is back.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one publish may wait for the broker's confirm.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Published rows are kept this long for inspection, then purged.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    internal TimeSpan RetryDelay(int attempts)
    {
        var exponent = Math.Min(attempts - 1, 20);
        var delay = FirstRetryDelay * Math.Pow(2, Math.Max(0, exponent));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
