namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>A hearing of a court case, and whether the unit's head appeared in court (出庭应诉), with who appeared for the unit.</summary>
public sealed record CourtHearing(DateOnly On, bool HeadAppeared, string AppearedBy, string? Note);
