namespace RuleOfLaw.Enforcement.Domain;

/// <summary>A clock of the case (<see cref="Kind"/>) now due on <see cref="DueOn"/>, for the command runner to move in the step's transaction.</summary>
public sealed record ClockExtension(string Kind, DateOnly DueOn, string Reason);
