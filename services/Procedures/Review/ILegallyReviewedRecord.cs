namespace RuleOfLaw.Procedures.Review;

/// <summary>A record whose draft the legal office reviews against its checklist.</summary>
public interface ILegallyReviewedRecord<in TChecklist>
    where TChecklist : ILegalityChecklist
{
    void ConcludeLegalityReview(TChecklist checklist, LegalityConclusion conclusion, string opinion, string reviewer, DateTimeOffset now);
}
