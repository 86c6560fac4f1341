using System.Globalization;

namespace RuleOfLaw.Web;

/// <summary>The API's enumeration names and codes as a person reads them, in Chinese.</summary>
public static class Text
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // documents
        ["Drafted"] = "起草",
        ["OpenForComment"] = "公开征求意见中",
        ["CommentClosed"] = "征求意见已结束",
        ["UnderLegalityReview"] = "合法性审核中",
        ["Reviewed"] = "已审核",
        ["Adopted"] = "集体讨论通过",
        ["Rejected"] = "集体讨论未通过",
        ["Published"] = "已公布",
        ["Expired"] = "已失效",
        ["Repealed"] = "已废止",
        ["Revoked"] = "已撤销",
        // the service's reason for a draft's first version
        ["draft"] = "初稿",
        // reconsideration cases
        ["Accepted"] = "已受理",
        ["Submitted"] = "已申请，待受理",
        ["AwaitingCorrection"] = "待补正",
        ["Suspended"] = "中止",
        ["Decided"] = "已作出复议决定",
        ["Withdrawn"] = "已撤回",
        ["Refused"] = "不予受理",
        ["Abandoned"] = "视为放弃",
        ["Ordinary"] = "普通程序",
        ["Simplified"] = "简易程序",
        // deadlines
        ["acceptance"] = "受理期限",
        ["correction"] = "补正期限",
        ["copy"] = "发送申请书副本期限",
        ["answer"] = "答复期限",
        ["decision"] = "复议决定期限",
        ["compliance"] = "履行期限",
        ["legality-review"] = "合法性审核期限",
        ["filing"] = "备案期限",
        ["Running"] = "计时中",
        ["Paused"] = "暂停",
        ["Stopped"] = "已停止",
        ["Elapsed"] = "已届满",
        // appraisal
        ["DocumentsFiledOnTime"] = "规范性文件按时备案率：按时（15日内）备案的文件占已备案和逾期未备案文件的比例",
        ["StatutoryClocksMissed"] = "法定期限超期：满分100分，每超期一个法定期限扣10分",
        ["ReconsiderationCorrectionRate"] = "复议纠错率：100减去被复议纠错的案件占已决案件的比例",
        ["HeadCourtAppearanceRate"] = "负责人出庭应诉率：负责人出庭的庭审占全部庭审的比例",
        ["LegalityReviewBeforeMeeting"] = "会前合法性审核率：会前经合法性审核的决策和文件所占比例",
        ["CaseFileReviewAverage"] = "案卷评查平均分：本年度最近一次公布的案卷评查平均分",
        ["OverdueCompliance"] = "复议决定履行超期：满分100分，每逾期履行一件扣10分",
        ["Open"] = "进行中",
        ["Frozen"] = "已冻结",
    };

    // Enforcement reuses names the other procedures give another meaning ("decision", "Decided"): its own words.
    private static readonly Dictionary<string, string> EnforcementWords = new(StringComparer.Ordinal)
    {
        ["Opened"] = "已立案",
        ["Investigating"] = "调查取证中",
        ["Notified"] = "已告知",
        ["HearingRequested"] = "已申请听证",
        ["HearingScheduled"] = "已安排听证",
        ["HearingHeld"] = "已举行听证",
        ["Reviewed"] = "已法制审核",
        ["Decided"] = "已作出处罚决定",
        ["Served"] = "已送达",
        ["Executed"] = "已执行",
        ["Closed"] = "已结案",
        ["Archived"] = "已归档",
        ["decision"] = "处罚决定期限",
        ["service"] = "送达期限",
        ["withdrawal"] = "撤回公示期限",
    };

    /// <summary>The Chinese word for an API name, or the name itself when none is known.</summary>
    public static string Of(string? name) => name is null ? "" : Words.GetValueOrDefault(name, name);

    /// <summary>The Chinese word for an enforcement case's status or clock, or the common word.</summary>
    public static string OfEnforcement(string? name) => name is not null && EnforcementWords.TryGetValue(name, out var word) ? word : Of(name);

    /// <summary>How the unit disposed of a public comment.</summary>
    public static string Disposition(string? disposition) => disposition switch
    {
        "Adopted" => "采纳",
        "PartlyAdopted" => "部分采纳",
        "NotAdopted" => "不予采纳",
        _ => "尚未公布处理情况",
    };

    /// <summary>A day as Chinese readers write it: 2026年3月2日.</summary>
    public static string Day(DateOnly? day) => day is { } d ? d.ToString("yyyy年M月d日", Chinese) : "—";

    public static string Day(DateTimeOffset at) => Day(DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime));

    public static string Number(decimal value) => value.ToString("0.##", Chinese);
}

/// <summary>
/// How near a deadline is, for the queues' colours: red when its day has passed (or the clock elapsed), amber
/// when it falls within <see cref="AmberDays"/> days, otherwise none. Days are China Standard Time's.
/// </summary>
public static class Urgency
{
    public const int AmberDays = 3;

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static string Of(DateOnly due, string? status, DateOnly today) =>
        status == "Elapsed" || due < today ? "overdue"
        : status is "Stopped" ? "done"
        : due.DayNumber - today.DayNumber <= AmberDays ? "due-soon"
        : "on-time";

    public static string Label(string urgency) => urgency switch
    {
        "overdue" => "已超期",
        "due-soon" => "3日内到期",
        "done" => "已完成",
        _ => "未到期",
    };
}
