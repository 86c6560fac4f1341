namespace RuleOfLaw.Enforcement.Domain;

/// <summary>Kinds of penalty, lightest first: a later kind is heavier (ENF-4: never heavier after a defence).</summary>
public enum PenaltyKind
{
    /// <summary>警告.</summary>
    Warning,

    /// <summary>罚款.</summary>
    Fine,

    /// <summary>没收违法所得 (with a fine where given).</summary>
    Confiscation,

    /// <summary>暂扣许可证件.</summary>
    LicenceSuspension,

    /// <summary>吊销许可证件.</summary>
    LicenceRevocation,
}
