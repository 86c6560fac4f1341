namespace RuleOfLaw.Appraisal.Domain;

/// <summary>Whom a unit's yearly report goes to (APP-4; plan §四(一)): it depends on what kind of unit it is.</summary>
public enum ReportingLevel
{
    /// <summary>The district or a town government: to the Party committee and the people's congress standing committee of its level, and the government above.</summary>
    Government,

    /// <summary>A government department: to the government of its level and the corresponding department above.</summary>
    Department,
}
