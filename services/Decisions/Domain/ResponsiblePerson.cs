namespace RuleOfLaw.Decisions.Domain;

/// <summary>A person held responsible; one who dissented at the meeting is marked so.</summary>
public sealed record ResponsiblePerson(string Name, string Role, bool Dissented);
