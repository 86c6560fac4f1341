namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>REC-5: one review method used, when, with a note.</summary>
public sealed record ReviewStep(ReviewMethod Method, DateOnly On, string? Note);
