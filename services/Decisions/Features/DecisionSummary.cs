namespace RuleOfLaw.Decisions.Features;

/// <summary>A decision in a list.</summary>
public sealed record DecisionSummary(Guid Id, string UnitId, string Title, DecisionStatus Status, DateOnly? PublishedOn, DateTimeOffset OpenedAt);
