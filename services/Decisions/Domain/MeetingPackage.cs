namespace RuleOfLaw.Decisions.Domain;

/// <summary>One piece of the 提交集体讨论 package (DEC-7): whether this decision needs it and whether it is there.</summary>
public sealed record PackagePiece(string Piece, bool Required, bool Present)
{
    public bool Missing => Required && !Present;
}
