namespace RuleOfLaw.Appraisal.Domain;

/// <summary>
/// One node of a cycle's indicator scheme (APP-1): a level-1 area, a level-2 indicator or a level-3 indicator
/// that names its <see cref="Computation"/>. <see cref="Weight"/> is its share of its parent, in percent.
/// </summary>
public sealed record Indicator(string Code, string Name, int Level, string? ParentCode, int Weight, Computation? Computation);
