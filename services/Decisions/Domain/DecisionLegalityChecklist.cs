using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.Decisions.Domain;

/// <summary>
/// 合法性审查 points for a major decision (713 Art 27): the legal office answers every one (true =
/// the draft has the defect). A draft with any of them cannot be found lawful.
/// </summary>
public sealed record DecisionLegalityChecklist(
    bool? ExceedsStatutoryAuthority,
    bool? ViolatesStatutoryProcedure,
    bool? ConflictsWithLawsOrRegulations,
    bool? ReducesRightsOrAddsObligationsWithoutBasis) : ILegalityChecklist
{
    public IEnumerable<(string Point, bool? Found)> Points() =>
    [
        (nameof(ExceedsStatutoryAuthority), ExceedsStatutoryAuthority),
        (nameof(ViolatesStatutoryProcedure), ViolatesStatutoryProcedure),
        (nameof(ConflictsWithLawsOrRegulations), ConflictsWithLawsOrRegulations),
        (nameof(ReducesRightsOrAddsObligationsWithoutBasis), ReducesRightsOrAddsObligationsWithoutBasis),
    ];
}
