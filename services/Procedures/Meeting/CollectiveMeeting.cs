using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Procedures.Meeting;

/// <summary>
/// 集体讨论决定 — the executive, leadership or plenary meeting that decides a draft, with its minutes.
/// Structured minutes (positions in speaking order, the head last, the head's reason when deciding
/// against the majority, the legal office head's attendance) are checked whenever they are given,
/// and required where the owning procedure says so.
/// </summary>
public sealed record CollectiveMeeting
{
    public DateOnly MeetingDate { get; init; }

    public MeetingType MeetingType { get; init; }

    public MeetingOutcome Outcome { get; init; }

    public string Minutes { get; init; } = "";

    public List<MemberPosition> Positions { get; init; } = [];

    /// <summary>Why the head decided against the majority; shown wherever the minutes are.</summary>
    public string? HeadReason { get; init; }

    public bool? LegalOfficeHeadAttended { get; init; }

    /// <summary>Members recorded as disagreeing (DEC-11 reads this).</summary>
    public IEnumerable<string> Dissenters => Positions.Where(p => p.Stance == Stance.Disagrees).Select(p => p.Member);

    /// <summary>The outcome the members other than the head leaned to; null when evenly split or absent.</summary>
    public MeetingOutcome? MajorityLeaning
    {
        get
        {
            var members = Positions.Where(p => !p.IsHead).ToList();
            var agree = members.Count(p => p.Stance == Stance.Agrees);
            var disagree = members.Count(p => p.Stance == Stance.Disagrees);
            return agree > disagree ? MeetingOutcome.Adopted : disagree > agree ? MeetingOutcome.Rejected : null;
        }
    }

    /// <summary>The meeting as the public sees it before the record is published: when, which meeting, what it decided; the minutes stay with the unit.</summary>
    public CollectiveMeeting WithoutMinutes() =>
        this with { Minutes = "", Positions = [], HeadReason = null, LegalOfficeHeadAttended = null };

    public static CollectiveMeeting Record(
        DateOnly meetingDate,
        MeetingType meetingType,
        MeetingOutcome outcome,
        string minutes,
        IReadOnlyList<MemberPosition> positions,
        string? headReason,
        bool? legalOfficeHeadAttended,
        bool structuredMinutesRequired,
        Rule rule)
    {
        var reason = string.IsNullOrWhiteSpace(headReason) ? null : headReason.Trim();
        var meeting = new CollectiveMeeting
        {
            MeetingDate = meetingDate,
            MeetingType = meetingType,
            Outcome = outcome,
            Minutes = minutes.Trim(),
            Positions = [.. positions.OrderBy(p => p.Order).Select(p => p with { Member = p.Member.Trim(), Remarks = p.Remarks?.Trim() })],
            HeadReason = reason,
            LegalOfficeHeadAttended = legalOfficeHeadAttended,
        };
        if (structuredMinutesRequired || positions.Count > 0)
        {
            meeting.CheckMinutes(rule);
        }

        return meeting;
    }

    /// <summary>
    /// Minutes record a meeting that was held: dated no later than <paramref name="today"/>, and no
    /// earlier than <paramref name="notBefore"/>, the step the meeting follows in the owning procedure.
    /// </summary>
    public void RequireHeldBetween(DateOnly notBefore, string followsChinese, string follows, DateOnly today, Rule rule)
    {
        rule.Require(MeetingDate <= today, $"会议纪要只能记录已经召开的会议：{MeetingDate:yyyy-MM-dd} 晚于今日（{today:yyyy-MM-dd}）。", $"The minutes record a meeting that was held: {MeetingDate:yyyy-MM-dd} is after today ({today:yyyy-MM-dd}).");
        rule.Require(MeetingDate >= notBefore, $"{MeetingDate:yyyy-MM-dd} 召开的会议不得早于{followsChinese}（{notBefore:yyyy-MM-dd}）。", $"The meeting of {MeetingDate:yyyy-MM-dd} cannot come before {follows} ({notBefore:yyyy-MM-dd}).");
    }

    private void CheckMinutes(Rule rule)
    {
        rule.Require(Positions.Count > 0, "会议纪要应当按发言顺序记录每位成员的意见。", "The minutes record each member's position in speaking order.");
        rule.Require(
            Positions.Select(p => p.Order).SequenceEqual(Enumerable.Range(1, Positions.Count)),
            "发言顺序应依次编为 1、2、3……，不得缺号或重号。", "The speaking order numbers the positions 1, 2, 3 … without gaps or repeats.");
        rule.Require(Positions.Count(p => p.IsHead) == 1, "会议纪要应当记录行政首长的意见，且仅记录一次。", "The minutes record the head's position exactly once.");
        rule.Require(Positions[^1].IsHead, "行政首长应当最后发表意见。", "The head speaks last.");
        rule.Require(LegalOfficeHeadAttended is not null, "会议纪要应当记录法制机构负责人是否列席。", "The minutes record whether the legal office head attended.");
        var leaning = MajorityLeaning;
        var againstMajority = leaning is not null && leaning != Outcome;
        rule.Require(!againstMajority || HeadReason is not null, $"行政首长作出的决定（{Outcome}）与多数意见（{leaning}）不一致的，会议纪要应当记录其理由。", $"The head decided {Outcome} against a majority leaning to {leaning}: the minutes record the head's reason.");
    }
}
