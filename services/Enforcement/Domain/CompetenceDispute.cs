using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Enforcement;

namespace RuleOfLaw.Enforcement.Domain;

/// <summary>执法争议协调 — two enforcing units dispute which of them is competent; the legal office decides (ENF-8).</summary>
public sealed class CompetenceDispute : AggregateRoot<DisputeStatus>
{
    private CompetenceDispute()
    {
    }

    public string OtherUnitId { get; private init; } = "";

    public string Matter { get; private init; } = "";

    public DateOnly RaisedOn { get; private init; }

    public string? CompetentUnitId { get; private set; }

    public string? Reasoning { get; private set; }

    public DateOnly? ResolvedOn { get; private set; }

    public static CompetenceDispute Register(string unitId, string otherUnitId, string matter, DateOnly raisedOn, DateTimeOffset now)
    {
        EnforcementRules.Enf8.Require(unitId != otherUnitId, "管辖争议应当发生在两个不同的单位之间。", "A dispute over competence is between two different units.");
        var dispute = new CompetenceDispute { UnitId = unitId, OtherUnitId = otherUnitId, Matter = matter, RaisedOn = raisedOn };
        dispute.Begin(DisputeStatus.Registered, now, $"{unitId} and {otherUnitId}: {matter}");
        dispute.Raise(new CompetenceDisputeRegistered { OccurredAt = now, UnitId = unitId, RecordId = dispute.Id, OtherUnitId = otherUnitId, Matter = matter });
        return dispute;
    }

    /// <summary>The legal office names one of the two units competent, with its reasoning.</summary>
    public void Resolve(string competentUnitId, string reasoning, DateOnly on, DateTimeOffset now)
    {
        EnforcementRules.Enf8.Require(Status == DisputeStatus.Registered, "该争议已经处理。", "The dispute is resolved already.");
        EnforcementRules.Enf8.Require(competentUnitId == UnitId || competentUnitId == OtherUnitId, "有管辖权的单位应当是争议双方之一。", "The competent unit is one of the two in dispute.");
        EnforcementRules.Enf8.Require(on >= RaisedOn, $"争议于 {RaisedOn:yyyy-MM-dd} 提出，处理日期不得早于该日。", $"A dispute raised on {RaisedOn:yyyy-MM-dd} cannot be resolved before it.");
        CompetentUnitId = competentUnitId;
        Reasoning = reasoning;
        ResolvedOn = on;
        TransitionTo(DisputeStatus.Resolved, now, $"{competentUnitId} is competent: {reasoning}");
        Raise(new CompetenceDisputeResolved { OccurredAt = now, UnitId = UnitId, RecordId = Id, CompetentUnitId = competentUnitId, ResolvedOn = on });
    }
}
