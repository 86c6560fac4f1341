namespace RuleOfLaw.BuildingBlocks.Clocks;

/// <summary>A step stopped the record's clocks of <see cref="Kind"/> (all of them when null) without elapsing, for <see cref="Reason"/>.</summary>
public sealed record ClockStop(string? Kind, string Reason);
