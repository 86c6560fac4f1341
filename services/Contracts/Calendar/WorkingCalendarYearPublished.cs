namespace RuleOfLaw.Contracts.Calendar;

/// <summary>
/// The district's working-day calendar for one year, as an administrator last saved it: official
/// holidays and the weekend days worked instead (调休). Replaces any earlier version of that year.
/// </summary>
[PublicEvent]
public sealed record WorkingCalendarYearPublished : IntegrationEvent
{
    public required int Year { get; init; }

    /// <summary>Increases with every save of the year; a consumer ignores a version it has passed.</summary>
    public required long Version { get; init; }

    public required IReadOnlyList<DateOnly> Holidays { get; init; }

    public required IReadOnlyList<DateOnly> AdjustedWorkingDays { get; init; }
}
