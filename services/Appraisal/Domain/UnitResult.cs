namespace RuleOfLaw.Appraisal.Domain;

/// <summary>
/// A unit's frozen result in a cycle (APP-3): its scores as they stood at the freeze, its rank (units with the same
/// total share a rank), what the total means, and whether its yearly report was filed (APP-4).
/// </summary>
public sealed record UnitResult(string UnitId, int Rank, decimal Total, ResultOutcome Outcome, bool ReportFiled, IReadOnlyList<IndicatorScore> Indicators);
