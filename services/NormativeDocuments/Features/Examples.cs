using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.FairCompetition;
using RuleOfLaw.Procedures.Meeting;
using RuleOfLaw.Procedures.Review;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary>The request examples the OpenAPI document shows, one per request type.</summary>
internal static class Examples
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    public static readonly RegisterIssuingUnitRequest RegisterUnit = new("district-market-regulation", "南市监", "南城区市场监督管理局", ["市场监管", "食品安全"]);
    public static readonly UpdateIssuingUnitRequest UpdateUnit = new("南城区市场监督管理局", ["市场监管", "食品安全", "知识产权"], true);
    public static readonly DraftDocumentRequest Draft = new(
        "district-market-regulation", "市场监管", "南城区市场监管领域轻微违法行为不予处罚清单（试行）",
        "第一条 为落实包容审慎监管，制定本清单。\n第二条 当事人有下列情形之一的，不予行政处罚……", AffectsRights: true, MarketRelated: true, Provisional: true);
    public static readonly ReviseDocumentRequest Revise = new("南城区市场监管领域轻微违法行为不予处罚清单（试行）", "第一条 ……（按审核意见修改）", "按合法性审核意见删除第五条");
    public static readonly OpenConsultationRequest OpenComment = new(Day, Day.AddDays(29));
    public static readonly SubmitCommentRequest Comment = new(null, "建议将首次违法且及时改正的情形一并列入清单。");
    public static readonly DisposeCommentRequest Dispose = new(CommentDisposition.PartlyAdopted, "已在第三条补充“及时改正”情形，其余与上位法不符。");
    public static readonly FairCompetitionReviewRequest FairCompetitionReview = new("经公平竞争审查，未发现排除、限制竞争的内容。");
    public static readonly TextRequest Feedback = new("共收到意见12条，采纳5条，部分采纳3条，未采纳4条，理由已逐条说明。");
    public static readonly LegalityReviewRequest<LegalityChecklist> Review = new(
        new LegalityChecklist(false, false, false, false, false, false), LegalityConclusion.LawfulWithChanges, "建议删除第五条关于备案收费的表述。");
    public static readonly CollectiveMeetingRequest Discussion = new(
        Day.AddDays(40), MeetingType.Leadership, MeetingOutcome.Adopted, "局长办公会审议通过，按程序公布。",
        [new(1, "副局长 李明", false, Stance.Agrees), new(2, "局长 王强", true, Stance.Agrees)], LegalOfficeHeadAttended: true);
    public static readonly PublishRequest Publish = new(Day.AddDays(75), Day.AddDays(75).AddYears(2).AddDays(-1));
    public static readonly FilingReviewRequest FilingReview = new(new FilingReviewChecklist(false, false, false), ReviewOutcome.Passed, "经审查，未发现违法内容，准予备案。");
    public static readonly TextRequest Revoke = new("经备案审查，该文件违法增加企业义务，予以撤销。");
    public static readonly SubmitObjectionRequest Objection = new("某餐饮企业", "第二条要求提交的材料缺乏法律依据。");
    public static readonly AnswerObjectionRequest Answer = new(true, "异议成立，已启动审查，审查结果另行公布。");
    public static readonly StartCleanupRequest Cleanup = new("2026年度规范性文件清理", null);
    public static readonly CleanupDecisionRequest CleanupItem = new(CleanupResult.Repeal, Day.AddDays(30), "上位法已废止");
    public static readonly TextRequest IssuerAnswer = new("该条依据《食品安全法》第三十五条制定。");
    public static readonly ConcludeIncidentalReviewRequest Conclusion = new(["第五条"], "第五条增设的备案义务缺乏上位法依据。");
    public static readonly TransferIncidentalReviewRequest Transfer = new("市人民政府", "该文件由市级机关制定，本机关无权处理。");
}
