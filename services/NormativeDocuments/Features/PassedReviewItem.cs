namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>DOC-11: a document that passed filing review, for the periodically published list.</summary>
public sealed record PassedReviewItem(Guid Id, string Number, string Title, string UnitId, DateOnly ConcludedOn);
