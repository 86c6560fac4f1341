namespace RuleOfLaw.Appraisal.Domain;

/// <summary>The district's appraisal settings: the <c>Appraisal</c> configuration section.</summary>
public sealed class AppraisalSettings
{
    /// <summary>
    /// APP-3: days a failed unit has for its rectification (限期整改), counted from the publication of the results.
    /// The plan sets no period; three months is the common practice of district appraisal rules.
    /// </summary>
    public int RectificationDays { get; set; } = 90;
}
