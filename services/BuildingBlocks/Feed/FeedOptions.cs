namespace RuleOfLaw.BuildingBlocks.Feed;

public sealed class FeedOptions
{
    /// <summary>
    /// How long published events stay readable in the replay feed: 400 days, a full appraisal year
    /// and a month of slack, so a system that was offline can always catch up on the year it reports on.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(400);

    /// <summary>The most events one feed request answers.</summary>
    public int MaxLimit { get; set; } = 500;
}
