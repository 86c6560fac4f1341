namespace RuleOfLaw.Enforcement.Features;

public sealed record EvidenceResponse(Guid Id, string Step, string FileName, string MediaType, long SizeBytes, string Sha256, DateOnly CollectedOn, Guid CollectedBy, string Description)
{
    public static EvidenceResponse From(EvidenceItem e) => new(e.Id, e.Step, e.FileName, e.MediaType, e.SizeBytes, e.Sha256, e.CollectedOn, e.CollectedBy, e.Description);
}

/// <summary>The head's one extension of the decision period (ENF-4): to which day, approved by whom, when and why.</summary>
public sealed record DecisionExtensionResponse(DateOnly ExtendedTo, DateOnly ApprovedOn, string ApprovedBy, string Reason)
{
    public static DecisionExtensionResponse? From(EnforcementCase c) =>
        c.DecisionExtendedTo is { } to ? new(to, c.DecisionExtensionApprovedOn!.Value, c.DecisionExtensionApprovedBy ?? "", c.DecisionExtensionReason ?? "") : null;
}

/// <summary>A case as its unit's staff, the legal office and its party see it.</summary>
public sealed record CaseResponse(
    Guid Id, string Number, string UnitId, CaseStatus Status, Guid PowerId, string PowerCode, string PowerName,
    string PartyName, PartyKind PartyKind, string Facts, DateOnly ActOn, DateOnly OpenedOn, bool OnTheSpot, bool LifeHealthOrFinance,
    IReadOnlyList<Guid> OfficerIds, bool RequiresLegalReview, IReadOnlyList<EvidenceResponse> Evidence,
    DateOnly? NoticeOn, Penalty? ProposedPenalty, DateOnly? DefendedOn, bool HearingWaived, DateOnly? HearingRequestedOn,
    DateOnly? HearingNoticeOn, DateOnly? HearingOn, Guid? PresiderId, DateOnly? HearingHeldOn, Guid? ReviewerId, DateOnly? ReviewedOn,
    DateOnly? DecidedOn, Penalty? Penalty, Circumstance? Circumstance, bool OutsideBenchmark, string? OverrideReason, bool PenaltyOutlier, bool DecidedLate,
    bool DecisionOverdue, DateOnly DecisionDueOn, DecisionExtensionResponse? DecisionExtension, DateOnly? ServedOn, bool ServedLate, DateOnly? PublishedOn, DateOnly? ExecutedOn, DateOnly? ClosedOn, DateOnly? ArchivedOn,
    string? BasisFlag, string? ReconsiderationOutcome, DateOnly? WithdrawalDueOn, DateOnly? WithdrawnOn, int? SatisfactionScore)
{
    public static CaseResponse From(EnforcementCase c) => new(
        c.Id, c.Number, c.UnitId, c.Status, c.PowerId, c.PowerCode, c.PowerName,
        c.PartyName, c.PartyKind, c.Facts, c.ActOn, c.OpenedOn, c.OnTheSpot, c.LifeHealthOrFinance,
        c.OfficerIds, c.RequiresLegalReview, [.. c.Evidence.Select(EvidenceResponse.From)],
        c.NoticeOn, c.ProposedPenalty, c.DefendedOn, c.HearingWaived, c.HearingRequestedOn,
        c.HearingNoticeOn, c.HearingOn, c.PresiderId, c.HearingHeldOn, c.ReviewerId, c.ReviewedOn,
        c.DecidedOn, c.DecidedPenalty, c.Circumstance, c.OutsideBenchmark, c.OverrideReason, c.PenaltyOutlier, c.DecidedLate,
        c.DecisionOverdue, c.DecisionDueOn, DecisionExtensionResponse.From(c), c.ServedOn, c.ServedLate, c.PublishedOn, c.ExecutedOn, c.ClosedOn, c.ArchivedOn,
        c.BasisFlag, c.ReconsiderationOutcome, c.WithdrawalDueOn, c.WithdrawnOn, c.SatisfactionScore);
}
