using RuleOfLaw.Contracts.Reconsideration;

namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>
/// 行政调解 — an administrative mediation case (REC-11): a dispute between parties mediated by a unit of the district,
/// ending in an agreement or in failure. Kept by the legal/reconsideration organ; the mediating unit reads its own.
/// </summary>
public sealed class MediationCase : ClockedRecord<MediationStatus>, IConcernsUnit
{
    private MediationCase()
    {
    }

    /// <summary>The unit that mediates.</summary>
    public string? ConcernedUnitId { get; private init; }

    public List<string> Parties { get; private init; } = [];

    public string Subject { get; private init; } = "";

    public DateOnly RegisteredOn { get; private init; }

    public DateOnly? ConcludedOn { get; private set; }

    /// <summary>The agreement's terms, or why mediation failed.</summary>
    public string? Result { get; private set; }

    public static MediationCase Register(string organUnitId, string mediatingUnitId, IReadOnlyList<string> parties, string subject, DateOnly registeredOn, CommandTime time)
    {
        ReconsiderationRules.Rec11.Require(parties.Distinct().Count() >= 2, "调解应当在至少两个不同的当事人之间进行。", "Mediation is between at least two distinct parties.");
        ReconsiderationRules.Rec11.Require(registeredOn <= time.Today, "调解案件的登记日期不得晚于今日。", "A mediation case is registered on or before today.");
        var @case = new MediationCase
        {
            UnitId = organUnitId, ConcernedUnitId = mediatingUnitId, Parties = [.. parties], Subject = subject, RegisteredOn = registeredOn,
        };
        @case.Begin(MediationStatus.Registered, time.Now, $"mediation between {string.Join("、", parties)}: {subject}");
        @case.Raise(new RemedyCaseRegistered { OccurredAt = time.Now, UnitId = organUnitId, RecordId = @case.Id, Procedure = "Mediation", ConcernedUnitId = mediatingUnitId, RegisteredOn = registeredOn });
        return @case;
    }

    /// <summary>调解结果 (REC-11): an agreement reached (its terms) or mediation failed (why).</summary>
    public void Conclude(bool agreed, DateOnly on, string result, CommandTime time)
    {
        ReconsiderationRules.Rec11.Require(Status == MediationStatus.Registered, $"调解已经结束：{Status}。", $"The mediation has ended: {Status}.");
        RequireOnOrAfter(ReconsiderationRules.Rec11, on, RegisteredOn, "登记之日", "the registration");
        ConcludedOn = on;
        Result = result;
        var outcome = agreed ? MediationStatus.AgreementReached : MediationStatus.Failed;
        TransitionTo(outcome, time.Now, $"{outcome} on {on:yyyy-MM-dd}");
        Raise(new RemedyCaseConcluded { OccurredAt = time.Now, UnitId = UnitId, RecordId = Id, Procedure = "Mediation", ConcernedUnitId = ConcernedUnitId, Outcome = outcome.ToString(), ConcludedOn = on });
    }
}
