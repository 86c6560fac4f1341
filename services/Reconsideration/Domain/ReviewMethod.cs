namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>REC-5: how the case was reviewed.</summary>
public enum ReviewMethod
{
    /// <summary>书面审查.</summary>
    WrittenReview,

    /// <summary>实地调查核实.</summary>
    OnSiteInvestigation,

    /// <summary>听证.</summary>
    Hearing,

    /// <summary>听取意见.</summary>
    HearingViews,
}
