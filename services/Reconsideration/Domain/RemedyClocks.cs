namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>The clocks of litigation, petitions and compensation claims; kinds are unique across the service (the sweeper keys its handlers by kind).</summary>
public static class RemedyClocks
{
    /// <summary>REC-10: defence and evidence within 15 days of service.</summary>
    public const string Defence = "litigation-defence";

    /// <summary>REC-11: a petition routed within 15 days.</summary>
    public const string Routing = "petition-routing";

    /// <summary>REC-11: a petition finished within 60 days (+30 once).</summary>
    public const string PetitionHandling = "petition-handling";

    /// <summary>REC-12: a compensation claim decided within 2 months.</summary>
    public const string CompensationDecision = "compensation-decision";
}
