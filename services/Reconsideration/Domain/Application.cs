namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>
/// What an application contests: the respondent's act (its reference, e.g. the decision's number), when it
/// was done and when the applicant learned of it, whether they were told of the right to apply, and an
/// optional enforcement case and normative document (incidental review, REC-9).
/// </summary>
public sealed record Application(
    string RespondentUnitId,
    string ActReference,
    string ActDescription,
    bool FailureToAct,
    DateOnly ActOn,
    DateOnly LearnedOn,
    bool ToldOfRight,
    decimal? ContestedAmount,
    string Request,
    Guid? EnforcementCaseId,
    string? DocumentNumber,
    IReadOnlyList<string> Clauses,
    string? LateReason);
