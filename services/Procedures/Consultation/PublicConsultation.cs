using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Procedures.Consultation;

/// <summary>
/// 公开征求意见 — a draft's public comment period and the rules on its comments and their dispositions.
/// The comments themselves are rows of their own beside the record (<see cref="PublicComment"/>), so a
/// comment is an insert that neither loads nor rewrites the earlier ones; the record passes them in
/// where a rule counts them. The owning record passes the rule it answers to (DOC-2 or DEC-2), so a
/// refusal names the right one.
/// </summary>
public sealed class PublicConsultation
{
    private PublicConsultation()
    {
    }

    public DateOnly OpensOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    /// <summary>The published reason for a period shorter than the minimum (an override, shown with the notice).</summary>
    public string? ShorterPeriodReason { get; private set; }

    /// <summary>When the dispositions were published; until then the procedure does not move on.</summary>
    public DateTimeOffset? DispositionsPublishedAt { get; private set; }

    public static int Undisposed(IEnumerable<PublicComment> comments) => comments.Count(c => c.Disposition is null);

    public static int Adopted(IEnumerable<PublicComment> comments) =>
        comments.Count(c => c.Disposition is CommentDisposition.Adopted or CommentDisposition.PartlyAdopted);

    /// <summary>Opens a period that starts today or later and meets the policy's minimum, or is shorter with a reason where allowed.</summary>
    public static PublicConsultation Open(
        DateOnly opensOn, DateOnly closesOn, string? shorterPeriodReason, DateOnly today, WorkingCalendar calendar, CommentPeriodPolicy policy, Rule rule)
    {
        rule.Require(opensOn >= today && closesOn >= opensOn, "征求意见期限应自今日或之后开始，且结束日不得早于开始日。", "The comment period must start today or later and end after it starts.");
        var length = policy.Unit == PeriodUnit.WorkingDays
            ? calendar.CountWorkingDays(opensOn.AddDays(-1), closesOn)
            : closesOn.DayNumber - opensOn.DayNumber + 1;
        var unit = policy.Unit == PeriodUnit.WorkingDays ? "working days" : "days";
        var unitZh = policy.Unit == PeriodUnit.WorkingDays ? "个工作日" : "日";
        var reason = string.IsNullOrWhiteSpace(shorterPeriodReason) ? null : shorterPeriodReason.Trim();
        if (length < policy.Minimum)
        {
            rule.Require(
                policy.ShorterWithPublishedReason && reason is not null,
                policy.ShorterWithPublishedReason
                    ? $"征求意见期限少于 {policy.Minimum}{unitZh}（本次为 {length}{unitZh}）的，应当说明理由并随公告一并公布。"
                    : $"征求意见期限不得少于 {policy.Minimum}{unitZh}；本次为 {length}{unitZh}。",
                policy.ShorterWithPublishedReason
                    ? $"A comment period shorter than {policy.Minimum} {unit} ({length} given) needs a reason published with the notice."
                    : $"The comment period lasts at least {policy.Minimum} {unit}; {length} given.");
        }

        return new PublicConsultation { OpensOn = opensOn, ClosesOn = closesOn, ShorterPeriodReason = length < policy.Minimum ? reason : null };
    }

    public bool IsOpenOn(DateOnly day) => OpensOn <= day && day <= ClosesOn;

    /// <summary>Anyone may comment while the period is open; a comment before it opens or after it closes is refused.</summary>
    public PublicComment Accept(Guid recordId, string? author, string content, DateOnly today, DateTimeOffset now, Rule rule)
    {
        rule.Require(today <= ClosesOn, $"征求意见已于 {ClosesOn:yyyy-MM-dd} 截止。", $"The comment period closed on {ClosesOn:yyyy-MM-dd}.");
        rule.Require(today >= OpensOn, $"征求意见自 {OpensOn:yyyy-MM-dd} 开始，目前尚未开始。", $"The comment period opens on {OpensOn:yyyy-MM-dd}.");
        return new PublicComment { RecordId = recordId, Author = string.IsNullOrWhiteSpace(author) ? null : author.Trim(), Content = content.Trim(), SubmittedAt = now };
    }

    public void RequireRunOut(DateOnly today, Rule rule) =>
        rule.Require(today > ClosesOn, $"征求意见期限至 {ClosesOn:yyyy-MM-dd} 届满，尚未截止。", $"The comment period runs until {ClosesOn:yyyy-MM-dd}.");

    /// <summary>Every comment gets a disposition, with a reason unless fully adopted; published dispositions are final.</summary>
    public PublicComment Dispose(IEnumerable<PublicComment> comments, Guid commentId, CommentDisposition disposition, string? reason, Rule rule)
    {
        rule.Require(DispositionsPublishedAt is null, "意见采纳情况已经公布。", "The dispositions are published already.");
        var comment = comments.SingleOrDefault(c => c.Id == commentId) ?? throw new RecordNotFoundException($"未找到意见 {commentId}。", $"Comment {commentId} not found.");
        rule.Require(disposition == CommentDisposition.Adopted || !string.IsNullOrWhiteSpace(reason), "意见未被全部采纳的，应当说明理由。", "A comment not fully adopted needs the reason.");
        comment.Disposition = disposition;
        comment.DispositionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        return comment;
    }

    /// <summary>The procedure moves on only when every comment has its disposition.</summary>
    public static void RequireEveryCommentDisposed(IEnumerable<PublicComment> comments, Rule rule)
    {
        var undisposed = Undisposed(comments);
        rule.Require(undisposed == 0, $"尚有 {undisposed} 条意见未作出采纳处理。", $"{undisposed} comments have no disposition yet.");
    }

    /// <summary>The procedure moves on only once every comment has its disposition and the dispositions are published.</summary>
    public void RequireDispositionsPublished(IEnumerable<PublicComment> comments, Rule rule)
    {
        RequireEveryCommentDisposed(comments, rule);
        rule.Require(DispositionsPublishedAt is not null, "意见采纳情况公布后，方可进入下一程序。", "The comment dispositions are published before the procedure moves on.");
    }

    /// <summary>Publishes the dispositions, each with its comment: only after the period and with every comment disposed of.</summary>
    public void PublishDispositions(IEnumerable<PublicComment> comments, DateOnly today, DateTimeOffset now, Rule rule)
    {
        RequireRunOut(today, rule);
        RequireEveryCommentDisposed(comments, rule);
        rule.Require(DispositionsPublishedAt is null, "意见采纳情况已经公布。", "The dispositions are published already.");
        DispositionsPublishedAt = now;
    }
}
