namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>REC-3: why a case may go the simplified way (复议法 Art 53).</summary>
public enum SimplifiedGround
{
    /// <summary>当场作出的行政行为.</summary>
    OnTheSpotAct,

    /// <summary>警告或者通报批评.</summary>
    Warning,

    /// <summary>涉及款额三千元以下.</summary>
    SmallAmount,

    /// <summary>政府信息公开.</summary>
    InformationDisclosure,

    /// <summary>当事人各方同意.</summary>
    PartiesAgree,
}
