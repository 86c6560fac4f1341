using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>
/// 合法性审核清单 — the DOC-1 points the legal office answers, every one (true = the draft does it).
/// A draft that does any of them cannot be found lawful.
/// </summary>
public sealed record LegalityChecklist(
    bool? CreatesLicences,
    bool? CreatesPenalties,
    bool? CreatesCoerciveMeasures,
    bool? CreatesFees,
    bool? ReducesRightsOrAddsObligationsWithoutBasis,
    bool? RestrictsCompetition) : ILegalityChecklist
{
    public IEnumerable<(string Point, bool? Found)> Points() =>
    [
        (nameof(CreatesLicences), CreatesLicences),
        (nameof(CreatesPenalties), CreatesPenalties),
        (nameof(CreatesCoerciveMeasures), CreatesCoerciveMeasures),
        (nameof(CreatesFees), CreatesFees),
        (nameof(ReducesRightsOrAddsObligationsWithoutBasis), ReducesRightsOrAddsObligationsWithoutBasis),
        (nameof(RestrictsCompetition), RestrictsCompetition),
    ];
}
