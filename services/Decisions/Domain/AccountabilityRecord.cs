using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Decisions;

namespace RuleOfLaw.Decisions.Domain;

/// <summary>责任追究 (DEC-11): for a decision taken outside the procedure, or one whose evaluation recorded a major loss.</summary>
public sealed class AccountabilityRecord : AggregateRoot<AccountabilityStatus>
{
    private AccountabilityRecord()
    {
    }

    public AccountabilityGround Ground { get; private init; }

    public Guid? DecisionId { get; private init; }

    /// <summary>What was decided and how, for a decision taken outside the procedure.</summary>
    public string? DecisionDescription { get; private init; }

    public string Findings { get; private init; } = "";

    public List<ResponsiblePerson> ResponsiblePersons { get; private init; } = [];

    public DateOnly RecordedOn { get; private init; }

    /// <summary>For a decision taken outside the procedure: it has no record here, so the description says what it was.</summary>
    public static AccountabilityRecord OutsideProcedure(
        string unitId, string description, string findings, IReadOnlyList<(string Name, string Role)> persons, DateOnly today, DateTimeOffset now)
    {
        DecisionRules.Dec11.Require(!string.IsNullOrWhiteSpace(description), "未经法定程序作出的决策，应当在责任追究记录中载明有关情况。", "A decision taken outside the procedure is described in the record.");
        return Create(unitId, AccountabilityGround.OutsideProcedure, null, description.Trim(), findings, [.. persons.Select(p => new ResponsiblePerson(p.Name, p.Role, false))], today, now);
    }

    /// <summary>For a decision whose evaluation recorded a major loss; members recorded as dissenting are marked.</summary>
    public static AccountabilityRecord ForMajorLoss(
        MajorDecision decision, string findings, IReadOnlyList<(string Name, string Role)> persons, DateOnly today, DateTimeOffset now)
    {
        DecisionRules.Dec11.Require(decision.Evaluations.Any(e => e.MajorLoss), "只有决策后评估记载造成重大损失的决策，方可以此为由追究责任。", "Only a decision whose evaluation recorded a major loss is held to account on that ground.");
        var dissenters = decision.Meeting?.Dissenters.ToHashSet(StringComparer.Ordinal) ?? [];
        return Create(
            decision.UnitId, AccountabilityGround.MajorLoss, decision.Id, null, findings,
            [.. persons.Select(p => new ResponsiblePerson(p.Name, p.Role, dissenters.Contains(p.Name)))], today, now);
    }

    private static AccountabilityRecord Create(
        string unitId, AccountabilityGround ground, Guid? decisionId, string? description, string findings, List<ResponsiblePerson> persons, DateOnly today, DateTimeOffset now)
    {
        DecisionRules.Dec11.Require(persons.Count > 0, "责任追究记录应当载明责任人员。", "An accountability record names the responsible persons.");
        var record = new AccountabilityRecord
        {
            UnitId = unitId, Ground = ground, DecisionId = decisionId, DecisionDescription = description,
            Findings = findings.Trim(), ResponsiblePersons = persons, RecordedOn = today,
        };
        record.Begin(AccountabilityStatus.Recorded, now, ground.ToString());
        record.Raise(new DecisionAccountabilityRecorded
        {
            OccurredAt = now, UnitId = unitId, RecordId = record.Id, Ground = ground.ToString(), DecisionId = decisionId,
            ResponsiblePersons = [.. persons.Select(p => p.Name)], Dissenters = [.. persons.Where(p => p.Dissented).Select(p => p.Name)],
        });
        return record;
    }
}
