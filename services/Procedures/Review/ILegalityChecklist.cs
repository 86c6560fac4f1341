namespace RuleOfLaw.Procedures.Review;

/// <summary>
/// A legality checklist: each point names a defect, answered true when the draft has it. Each kind
/// of record has its own points (a normative document's DOC-1 list, a decision's DEC-6 list).
/// </summary>
public interface ILegalityChecklist
{
    IEnumerable<(string Point, bool? Found)> Points();
}
