using RuleOfLaw.BuildingBlocks.Clocks;

namespace RuleOfLaw.BuildingBlocks.Commands;

/// <summary>When a command runs: the instant, the statutory day (China Standard Time) and the working calendar.</summary>
public sealed record CommandTime(DateTimeOffset Now, DateOnly Today, WorkingCalendar Calendar);
