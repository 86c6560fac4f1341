namespace RuleOfLaw.Decisions.Domain;

/// <summary>The same-level Party committee's approval of a catalogue (DEC-1).</summary>
public sealed record PartyApproval(string ApprovedBy, string Reference, DateOnly ApprovedOn);
