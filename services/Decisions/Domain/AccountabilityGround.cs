namespace RuleOfLaw.Decisions.Domain;

/// <summary>Why an accountability record exists (DEC-11).</summary>
public enum AccountabilityGround
{
    /// <summary>A major decision taken outside this procedure.</summary>
    OutsideProcedure,

    /// <summary>An evaluation recorded a major loss.</summary>
    MajorLoss,
}
