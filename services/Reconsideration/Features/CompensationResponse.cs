namespace RuleOfLaw.Reconsideration.Features;

/// <summary>A state compensation claim: amounts claimed and decided, its steps and its 2-month deadline.</summary>
public sealed record CompensationResponse(
    Guid Id,
    CompensationStatus Status,
    string LiableUnitId,
    string Claimant,
    string Act,
    decimal AmountClaimed,
    DateOnly ReceivedOn,
    DateOnly DecisionDueOn,
    IReadOnlyList<CompensationStep> Steps,
    DateOnly? DecidedOn,
    decimal? AmountDecided,
    string? Reasoning,
    bool DecisionOverdue,
    bool DecidedLate,
    IReadOnlyList<DeadlineResponse> Deadlines)
{
    public static CompensationResponse From(CompensationClaim c) => new(
        c.Id, c.Status, c.ConcernedUnitId!, c.Claimant, c.Act, c.AmountClaimed, c.ReceivedOn, c.DecisionDueOn, c.Steps, c.DecidedOn, c.AmountDecided, c.Reasoning,
        c.DecisionOverdue, c.DecidedLate, DeadlineResponse.Of(c.Clocks));
}
