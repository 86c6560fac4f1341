namespace RuleOfLaw.Enforcement.Domain;

/// <summary>How a licence application was decided (行政许可决定).</summary>
public enum LicenceOutcome
{
    /// <summary>准予许可.</summary>
    Granted,

    /// <summary>部分准予: granted in part, refused for the rest, with reasons.</summary>
    PartlyGranted,

    /// <summary>不予许可, with reasons.</summary>
    Refused,
}
