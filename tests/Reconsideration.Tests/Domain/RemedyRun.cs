using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Commands;

namespace RuleOfLaw.Reconsideration.Tests.Domain;

/// <summary>The days and times the remedies' domain tests run on (Monday 2 March 2026, weekends only).</summary>
internal static class RemedyRun
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    public static CommandTime On(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero), day, WorkingCalendar.WeekendsOnly);

    public static CommandTime Now => On(Today);
}
