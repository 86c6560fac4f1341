namespace RuleOfLaw.BuildingBlocks.Clocks;

/// <summary>How a statutory period counts: calendar days ("days") or working days ("working days").</summary>
public enum PeriodUnit
{
    CalendarDays,
    WorkingDays,
}
