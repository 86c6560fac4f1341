namespace RuleOfLaw.NormativeDocuments.Domain;

public enum CleanupResult
{
    /// <summary>保留.</summary>
    Retain,

    /// <summary>修改: the unit amends it through the procedure.</summary>
    Amend,

    /// <summary>废止: leaves force on the stated date.</summary>
    Repeal,
}
