using RuleOfLaw.Contracts.Reconsideration;

namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>
/// 国家赔偿 — a state compensation claim against a unit (REC-12): registered with the amount claimed, examined by
/// hearing, negotiation or settlement, decided within 2 months (granted, partly granted or refused, with the amount);
/// a claim not decided in time is flagged. Kept by the legal/reconsideration organ; the unit liable reads its own.
/// </summary>
public sealed class CompensationClaim : ClockedRecord<CompensationStatus>, IConcernsUnit
{
    private CompensationClaim()
    {
    }

    /// <summary>The unit liable (赔偿义务机关).</summary>
    public string? ConcernedUnitId { get; private init; }

    public string Claimant { get; private init; } = "";

    public string Act { get; private init; } = "";

    public decimal AmountClaimed { get; private init; }

    public DateOnly ReceivedOn { get; private init; }

    public DateOnly DecisionDueOn { get; private set; }

    public List<CompensationStep> Steps { get; private set; } = [];

    public DateOnly? DecidedOn { get; private set; }

    public decimal? AmountDecided { get; private set; }

    public string? Reasoning { get; private set; }

    public bool DecisionOverdue { get; private set; }

    public bool DecidedLate { get; private set; }

    public static CompensationClaim Register(string organUnitId, string liableUnitId, string claimant, string act, decimal amountClaimed, DateOnly receivedOn, CommandTime time)
    {
        ReconsiderationRules.Rec12.Require(receivedOn <= time.Today, "赔偿申请应当在收到后登记。", "A claim is registered once received.");
        ReconsiderationRules.Rec12.Require(amountClaimed > 0, "赔偿申请应当载明请求的金额。", "A claim names the amount claimed.");
        var claim = new CompensationClaim
        {
            UnitId = organUnitId, ConcernedUnitId = liableUnitId, Claimant = claimant, Act = act, AmountClaimed = amountClaimed, ReceivedOn = receivedOn,
        };
        var days = receivedOn.AddMonths(ReconsiderationRules.CompensationMonths).DayNumber - receivedOn.DayNumber;
        claim.DecisionDueOn = claim.StartClock(RemedyClocks.CompensationDecision, ReconsiderationRules.Rec12, receivedOn, days, PeriodUnit.CalendarDays, time).DueDate;
        claim.Begin(CompensationStatus.Registered, time.Now, $"¥{amountClaimed:0.##} claimed, decision due {claim.DecisionDueOn:yyyy-MM-dd}");
        claim.Raise(new RemedyCaseRegistered { OccurredAt = time.Now, UnitId = organUnitId, RecordId = claim.Id, Procedure = "Compensation", ConcernedUnitId = liableUnitId, RegisteredOn = receivedOn });
        return claim;
    }

    /// <summary>听证、协商、和解 (REC-12), in date order; a settlement names the amount agreed.</summary>
    public void RecordStep(CompensationStepKind kind, DateOnly on, string note, decimal? agreedAmount, CommandTime time)
    {
        RequireOpen("审理", "examined");
        ReconsiderationRules.Rec12.Require(Enum.IsDefined(kind), "应当为听证、协商或者和解。", "A hearing, negotiation or settlement.");
        ReconsiderationRules.Rec12.Require(
            kind == CompensationStepKind.Settlement ? agreedAmount is >= 0 && agreedAmount <= AmountClaimed : agreedAmount is null,
            $"只有和解应当载明达成的金额，且不得超过请求的 {AmountClaimed:0.##} 元。", $"A settlement, and only a settlement, names the amount agreed, at most the ¥{AmountClaimed:0.##} claimed.");
        RequireOnOrAfter(ReconsiderationRules.Rec12, on, LastDay, "该申请上一程序的日期", "the claim's last step");
        Steps.Add(new CompensationStep(kind, on, note, agreedAmount));
        Note(time.Now, $"{kind} on {on:yyyy-MM-dd}" + (agreedAmount is { } a ? $", ¥{a:0.##} agreed" : ""));
    }

    /// <summary>赔偿决定 (REC-12): granted (the amount claimed), partly (less), or refused (nothing).</summary>
    public void Decide(CompensationStatus outcome, DateOnly on, decimal amount, string reasoning, CommandTime time)
    {
        RequireOpen("作出决定", "decided");
        var rule = ReconsiderationRules.Rec12;
        rule.Require(outcome != CompensationStatus.Registered && Enum.IsDefined(outcome), "应当为予以赔偿、部分赔偿或者不予赔偿。", "Granted, partly granted or refused.");
        rule.Require(
            outcome switch
            {
                CompensationStatus.Granted => amount == AmountClaimed,
                CompensationStatus.PartlyGranted => amount > 0 && amount < AmountClaimed,
                _ => amount == 0,
            },
            $"决定结果 {outcome} 与请求 {AmountClaimed:0.##} 元中的 {amount:0.##} 元不相符。", $"{outcome} does not fit ¥{amount:0.##} of the ¥{AmountClaimed:0.##} claimed.");
        RequireOnOrAfter(rule, on, LastDay, "该申请上一程序的日期", "the claim's last step");
        DecidedOn = on;
        AmountDecided = amount;
        Reasoning = reasoning;
        DecidedLate = on > DecisionDueOn;
        Stop(null, time.Now, $"decided: {outcome}");
        TransitionTo(outcome, time.Now, $"{outcome} on {on:yyyy-MM-dd}: ¥{amount:0.##}");
        Raise(new RemedyCaseConcluded
        {
            OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, Procedure = "Compensation", ConcernedUnitId = ConcernedUnitId, Outcome = outcome.ToString(), ConcludedOn = on,
            Late = DecidedLate, AmountClaimed = AmountClaimed, AmountDecided = amount,
        });
    }

    /// <summary>REC-12: the 2 months ran out with no decision.</summary>
    public void MarkDecisionOverdue(DateTimeOffset now)
    {
        if (Status != CompensationStatus.Registered)
        {
            return;
        }

        DecisionOverdue = true;
        Note(now, $"no decision by {DecisionDueOn:yyyy-MM-dd}");
        Raise(new RemedyCaseFlagged { OccurredAt = now, UnitId = UnitId, RecordId = Id, Procedure = "Compensation", Kind = "DecisionOverdue", ConcernedUnitId = ConcernedUnitId });
    }

    private DateOnly LastDay => Steps.Count == 0 ? ReceivedOn : Steps[^1].On;

    private void RequireOpen(string actionChinese, string action) =>
        ReconsiderationRules.Rec12.Require(Status == CompensationStatus.Registered, $"只有尚未办结的赔偿申请可以{actionChinese}；当前状态为 {Status}。", $"Only an open claim is {action}; it is {Status}.");
}
