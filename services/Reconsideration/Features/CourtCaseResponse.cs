namespace RuleOfLaw.Reconsideration.Features;

/// <summary>A court case against a unit: its defence deadline, hearings (with the head's appearance) and judgment.</summary>
public sealed record CourtCaseResponse(
    Guid Id,
    CourtCaseStatus Status,
    string DefendantUnitId,
    string Court,
    string CourtCaseNumber,
    string Plaintiff,
    string ActChallenged,
    DateOnly ServedOn,
    DateOnly RegisteredOn,
    DateOnly DefenceDueOn,
    DateOnly? DefenceFiledOn,
    string? Defence,
    bool DefenceOverdue,
    IReadOnlyList<CourtHearing> Hearings,
    Judgment? Judgment,
    DateOnly? JudgedOn,
    string? JudgmentSummary,
    bool Lost,
    IReadOnlyList<DeadlineResponse> Deadlines)
{
    public static CourtCaseResponse From(CourtCase c) => new(
        c.Id, c.Status, c.DefendantUnitId, c.Court, c.CourtCaseNumber, c.Plaintiff, c.ActChallenged, c.ServedOn, c.RegisteredOn, c.DefenceDueOn,
        c.DefenceFiledOn, c.Defence, c.DefenceOverdue, c.Hearings, c.Judgment, c.JudgedOn, c.JudgmentSummary, c.Lost, DeadlineResponse.Of(c.Clocks));
}
