namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>REC-7: the steps taken against a respondent that does not comply, in this order.</summary>
public enum Escalation
{
    /// <summary>责令履行.</summary>
    Order,

    /// <summary>约谈 — a meeting with the unit's head.</summary>
    MeetingWithHead,

    /// <summary>通报批评 — public notice.</summary>
    PublicNotice,
}
