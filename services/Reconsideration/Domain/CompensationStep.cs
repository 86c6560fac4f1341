namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>A hearing, negotiation or settlement in a compensation claim, with the amount agreed in a settlement.</summary>
public sealed record CompensationStep(CompensationStepKind Kind, DateOnly On, string Note, decimal? AgreedAmount);
