namespace RuleOfLaw.BuildingBlocks.Clocks;

/// <summary>A step moved the record's running or paused clocks of <see cref="Kind"/> to <see cref="DueOn"/>, for <see cref="Reason"/>.</summary>
public sealed record ClockExtension(string Kind, DateOnly DueOn, string Reason);
