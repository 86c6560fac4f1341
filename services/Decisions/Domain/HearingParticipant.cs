namespace RuleOfLaw.Decisions.Domain;

/// <summary>A registered hearing participant and the stakeholder category they speak for.</summary>
public sealed record HearingParticipant(string Name, string Category);
