namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>How a compensation claim was examined (plan §三(五)5: 听证、协商、和解).</summary>
public enum CompensationStepKind
{
    /// <summary>听证.</summary>
    Hearing,

    /// <summary>协商.</summary>
    Negotiation,

    /// <summary>和解 — the parties settled on an amount.</summary>
    Settlement,
}
