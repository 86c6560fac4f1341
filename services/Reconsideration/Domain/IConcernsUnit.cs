namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>A record about one unit of the district (the one sued, the one a petition is routed to, the one liable): its staff read it.</summary>
public interface IConcernsUnit
{
    string? ConcernedUnitId { get; }
}
