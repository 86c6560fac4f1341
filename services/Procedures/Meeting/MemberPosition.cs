namespace RuleOfLaw.Procedures.Meeting;

/// <summary>One member's position in the minutes, in the order they spoke.</summary>
public sealed record MemberPosition(int Order, string Member, bool IsHead, Stance Stance, string? Remarks);
