using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures.Meeting;
using static RuleOfLaw.Decisions.Tests.DomainFixtures;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>The accountability record's rules, checked in memory (DEC-11).</summary>
public sealed class AccountabilityRecordTests
{
    [Fact]
    public void DEC_11_a_decision_taken_outside_the_procedure_is_described_and_the_responsible_persons_named()
    {
        Refused("DEC-11", () => AccountabilityRecord.OutsideProcedure("district-housing", " ", "违反程序。", [("某局长", "主要负责人")], Today, Start));
        Refused("DEC-11", () => AccountabilityRecord.OutsideProcedure("district-housing", "未经集体讨论实施片区征收。", "违反程序。", [], Today, Start));
        var record = AccountabilityRecord.OutsideProcedure("district-housing", "未经集体讨论实施片区征收。", "违反程序。", [("某局长", "主要负责人")], Today, Start);
        Assert.Equal(AccountabilityGround.OutsideProcedure, record.Ground);
    }

    [Fact]
    public void DEC_11_a_major_loss_holds_the_decision_to_account_and_marks_the_members_who_dissented()
    {
        var run = Run(new DecisionKind(), [.. Consulted, "submit for legality review", "found lawful", "put on agenda"]);
        var d = run.Decision;
        run.PassUntil(d.AgendaMeetingDate);
        d.Decide(
            CollectiveMeeting.Record(
                run.Today, MeetingType.Executive, MeetingOutcome.Adopted, "纪要",
                [new(1, "副区长 孙丽", false, Stance.Disagrees, "建议缩小范围"), new(2, "副区长 刘伟", false, Stance.Agrees, null), new(3, "区长 周明", true, Stance.Agrees, null)],
                null, true, structuredMinutesRequired: true, DecisionRules.Dec8),
            run.Now);
        run.Pass(1);
        d.Publish("说明。", run.Today, run.Now);
        Refused("DEC-11", () => AccountabilityRecord.ForMajorLoss(d, "损失重大。", [("区长 周明", "行政首长")], run.Today, run.Now));

        d.Evaluate(EvaluationTrigger.PoorEffect, "district-audit", "评估人", "造成重大损失。", EvaluationResult.Continue, false, true, null, null, run.Today, run.Now);
        var record = AccountabilityRecord.ForMajorLoss(d, "损失重大。", [("区长 周明", "行政首长"), ("副区长 孙丽", "分管领导")], run.Today, run.Now);
        Assert.Equal([false, true], record.ResponsiblePersons.Select(p => p.Dissented));
    }

    private static DateOnly Today => new(2026, 3, 2);
}
