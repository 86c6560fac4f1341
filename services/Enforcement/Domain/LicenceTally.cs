namespace RuleOfLaw.Enforcement.Domain;

/// <summary>How many licence applications were decided, and how (ENF-10): a count the public may see.</summary>
public sealed record LicenceTally(int Decided, int Granted, int PartlyGranted, int Refused)
{
    public static LicenceTally Of(IEnumerable<LicenceOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return new(
            list.Count,
            list.Count(o => o == LicenceOutcome.Granted),
            list.Count(o => o == LicenceOutcome.PartlyGranted),
            list.Count(o => o == LicenceOutcome.Refused));
    }
}
