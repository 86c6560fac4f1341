namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>
/// 备案审查清单 — what the supervising body checks (DOC-10, after the DOC-1 points): unlawful
/// obligations, reduced rights, local or sectoral protectionism. Every point is answered.
/// </summary>
public sealed record FilingReviewChecklist(bool? ImposesUnlawfulObligations, bool? ReducesRights, bool? LocalOrSectoralProtectionism)
{
    public bool Complete => ImposesUnlawfulObligations is not null && ReducesRights is not null && LocalOrSectoralProtectionism is not null;

    public bool Clean => ImposesUnlawfulObligations == false && ReducesRights == false && LocalOrSectoralProtectionism == false;
}
