namespace RuleOfLaw.Procedures.Consultation;

/// <summary>What became of a public comment: 采纳 / 部分采纳 / 不采纳.</summary>
public enum CommentDisposition
{
    Adopted,
    PartlyAdopted,
    NotAdopted,
}
