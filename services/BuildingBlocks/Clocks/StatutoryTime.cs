namespace RuleOfLaw.BuildingBlocks.Clocks;

/// <summary>
/// Statutory periods count in China Standard Time days. Asia/Shanghai has been UTC+8 without
/// daylight saving since 1991, so a fixed offset is exact and needs no time-zone database in the container.
/// </summary>
public static class StatutoryTime
{
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(ChinaStandardTime).DateTime);
}
