using RuleOfLaw.Procedures.Consultation;
using RuleOfLaw.Procedures.FairCompetition;
using RuleOfLaw.Procedures.Review;
using RuleOfLaw.Procedures.Meeting;

namespace RuleOfLaw.Decisions.Features;

/// <summary>Request examples for the OpenAPI document, in the words a district's staff would use.</summary>
internal static class Examples
{
    public static readonly CreateCatalogueRequest Catalogue = new("district-government", 2026);

    public static readonly AddCatalogueItemRequest CatalogueItem =
        new("老旧小区改造三年行动方案", "涉及全区32个老旧小区约1.2万户居民。", "district-housing-bureau");

    public static readonly PublishCatalogueRequest PublishCatalogue = new("中共某区委员会", "区委常委会议纪要〔2026〕3号", new DateOnly(2026, 2, 10));

    public static readonly OpenDecisionRequest OpenDecision = new(
        Guid.Parse("0190a1c2-0000-7000-8000-000000000001"), Guid.Parse("0190a1c2-0000-7000-8000-000000000002"),
        "老旧小区改造三年行动方案", "第一条 为改善居民居住条件，制定本方案。", RiskAssessmentRequired: true, ExpertReviewRequired: true, AffectsMarket: false);

    public static readonly ReviseDecisionRequest Revise = new("老旧小区改造三年行动方案（修改稿）", "第一条 为改善居民居住条件，根据审查意见修改。", "按合法性审查意见修改");

    public static readonly OpenConsultationRequest OpenComment = new(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 31));

    public static readonly SubmitCommentRequest Comment = new(null, "建议增加加装电梯的补贴标准。");

    public static readonly DisposeCommentRequest Dispose = new(CommentDisposition.PartlyAdopted, "补贴标准另行制定，本方案增加原则性规定。");

    public static readonly AnnounceHearingRequest Hearing = new(
        new DateOnly(2026, 4, 20), "自愿报名，按利益相关方类别随机抽取",
        [new("王芳", "居民代表"), new("李强", "物业企业"), new("赵敏", "人大代表")]);

    public static readonly HearingRecordRequest HearingRecord = new("听证会于区政府第一会议室举行，各方陈述意见如下……", ["王芳", "李强", "赵敏"]);

    public static readonly ExpertOpinionRequest ExpertOpinion =
        new("陈教授", "城市规划", HasDirectInterest: false, "本人与本决策事项无直接利害关系。", "方案总体可行，建议分期实施。", "陈教授");

    public static readonly RiskAssessmentRequest Risk = new(
        "district-stability-office", ["拆改期间居民出行不便", "补贴分配引发争议"], ["分批施工", "补贴标准公示"], "成立应急处置小组，设立投诉热线。", RiskLevel.Medium, Controllable: true);

    public static readonly FairCompetitionReviewRequest FairCompetitionReview = new("经公平竞争审查，未发现排除、限制竞争的内容。");

    public static readonly LegalityReviewRequest<DecisionLegalityChecklist> Review = new(
        new DecisionLegalityChecklist(false, false, false, false), LegalityConclusion.Lawful, "经审查，决策草案合法。");

    public static readonly AgendaRequest Agenda = new(new DateOnly(2026, 5, 12));

    public static readonly CollectiveMeetingRequest Meeting = new(
        new DateOnly(2026, 5, 12), MeetingType.Executive, MeetingOutcome.Adopted, "区政府常务会议审议通过。",
        [new(1, "副区长 刘伟", false, Stance.Agrees), new(2, "副区长 孙丽", false, Stance.Disagrees, "建议缩小首批范围"), new(3, "区长 周明", true, Stance.Agrees)],
        LegalOfficeHeadAttended: true);

    public static readonly PublishDecisionRequest Publish = new("公开征求意见共收到意见46条，采纳12条、部分采纳9条，未采纳的已逐条说明理由。");

    public static readonly EvaluationRequest Evaluation = new(
        EvaluationTrigger.UnitChoice, "third-party-institute", "某大学公共政策研究院", "实施一年，改造完成率85%，群众满意度较高。", EvaluationResult.Continue);

    public static readonly SuspendDecisionRequest Suspend = new("施工安全事故调查期间暂停执行。");

    public static readonly AccountabilityRequest Accountability = new(
        AccountabilityGround.OutsideProcedure, null, "district-housing-bureau", "未经集体讨论决定实施片区征收。", "违反重大行政决策程序。",
        [new("某局长", "主要负责人")]);
}
