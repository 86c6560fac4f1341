namespace RuleOfLaw.Reconsideration.Features;

/// <summary>The request examples the OpenAPI document shows, one per request type.</summary>
internal static class Examples
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    public static readonly ApplyRequest Apply = new(
        "district-market-regulation", "南市监罚〔2026〕12号", "对申请人经营的餐饮店处以罚款8000元的行政处罚决定", FailureToAct: false,
        Day.AddDays(-20), Day.AddDays(-15), ToldOfRight: true, 8000m, "请求撤销该行政处罚决定",
        Guid.Parse("0195f0a0-0000-7000-8000-0000000000e1"), "南府规〔2026〕3号", ["第五条"], null);
    public static readonly ReasonedStepRequest CorrectionRequest = new(Day.AddDays(2), "请补充提交行政处罚决定书复印件及申请人身份证明");
    public static readonly ReasonedStepRequest Correction = new(Day.AddDays(5), "已补充提交行政处罚决定书复印件及身份证复印件");
    public static readonly AcceptCaseRequest Accept = new(Day.AddDays(6), ProcedureKind.Ordinary, null, Major: false);
    public static readonly RefuseCaseRequest Refuse = new(Day.AddDays(3), "申请事项属于民事纠纷，不属于行政复议范围", "南城区人民法院");
    public static readonly AssignOfficersRequest Officers = new(["复议员李静", "复议员王磊"]);
    public static readonly StepRequest Copy = new(Day.AddDays(8), "申请书副本已送达被申请人");
    public static readonly ReasonedStepRequest Answer = new(Day.AddDays(15), "被申请人提交书面答复及作出处罚决定的证据、依据");
    public static readonly ScheduleHearingRequest Hearing = new(Day.AddDays(16), Day.AddDays(26), "复议员李静", ["复议员王磊", "复议员陈晨"], "书记员赵敏");
    public static readonly StepRequest HearingHeld = new(Day.AddDays(26), "听证笔录已由双方核对签字");
    public static readonly RecordReviewRequest Review = new(ReviewMethod.OnSiteInvestigation, Day.AddDays(18), "赴现场核实经营场所情况");
    public static readonly ExtendCaseRequest Extension = new(30, "案情复杂，需补充调查");
    public static readonly ReasonedStepRequest Suspension = new(Day.AddDays(20), "申请人因病不能参加行政复议");
    public static readonly StepRequest Resumption = new(Day.AddDays(30), "中止原因消除");
    public static readonly ReasonedStepRequest Mediation = new(Day.AddDays(28), "被申请人将罚款变更为5000元，申请人不再主张撤销");
    public static readonly StepRequest MediationSigned = new(Day.AddDays(30), "双方已在调解书上签字");
    public static readonly ReasonedStepRequest Settlement = new(Day.AddDays(28), "双方自愿达成和解，申请人撤回复议申请");
    public static readonly ReasonedStepRequest Withdrawal = new(Day.AddDays(10), "已与被申请人协商解决");
    public static readonly DecideCaseRequest Decide = new(Day.AddDays(40), Outcome.Varied, "处罚决定认定事实清楚，但罚款数额明显不当，变更为罚款5000元。", 5000m);
    public static readonly ReasonedStepRequest OpinionLetter = new(Day.AddDays(40), "被申请人办理同类案件时未告知听证权利，应予纠正");
    public static readonly ReasonedStepRequest Compliance = new(Day.AddDays(70), "已重新作出处罚决定并报送履行情况");
    public static readonly EscalateRequest Escalate = new(Escalation.Order, Day.AddDays(102), "逾期未履行，责令限期履行");
    public static readonly MarkTypicalRequest Typical = new("某餐饮店不服罚款决定申请复议，复议机关以罚款明显不当为由变更为较低数额。");

    public static readonly RegisterCourtCaseRequest CourtCase = new(
        "district-market-regulation", "南城区人民法院", "（2026）桂0108行初12号", "某餐饮管理有限公司", "南市监罚〔2026〕12号行政处罚决定", Day);
    public static readonly ReasonedStepRequest Defence = new(Day.AddDays(10), "提交答辩状及作出处罚决定的证据、依据");
    public static readonly RecordCourtHearingRequest CourtHearing = new(Day.AddDays(30), HeadAppeared: true, "局长张某（负责人）", "负责人出庭并发表意见");
    public static readonly RecordJudgmentRequest Judgment = new(Day.AddDays(45), Domain.Judgment.Dismissed, "被诉处罚决定认定事实清楚、程序合法，驳回原告诉讼请求。");
    public static readonly RegisterMediationRequest AdministrativeMediation = new("district-urban-management", ["张某", "某物业服务有限公司"], "小区公共区域违规搭建引发的相邻纠纷", Day);
    public static readonly ConcludeMediationRequest MediationOutcome = new(Day.AddDays(20), AgreementReached: true, "物业公司于30日内拆除搭建物，张某撤回投诉");
    public static readonly RegisterPetitionRequest Petition = new("李某", "反映某路段夜间施工噪声扰民，要求依法查处", Day);
    public static readonly RoutePetitionRequest PetitionRouting = new("district-ecology", Day.AddDays(5));
    public static readonly RedirectPetitionRequest PetitionRedirection = new(PetitionRoute.Reconsideration, "对南市监罚〔2026〕12号处罚决定不服，可于60日内向南城区人民政府申请行政复议", Day.AddDays(5));
    public static readonly ExtendCaseRequest PetitionExtension = new(30, "需组织多部门现场核查");
    public static readonly ReasonedStepRequest PetitionReply = new(Day.AddDays(40), "已责令施工单位调整作业时间，并书面答复信访人");
    public static readonly RegisterCompensationRequest Compensation = new("district-urban-management", "王某", "南城管强拆〔2026〕5号强制拆除行为被确认违法", 120000m, Day);
    public static readonly RecordCompensationStepRequest CompensationStep = new(CompensationStepKind.Negotiation, Day.AddDays(20), "双方就损失范围协商", null);
    public static readonly DecideCompensationRequest CompensationDecision = new(Day.AddDays(50), CompensationStatus.PartlyGranted, 80000m, "经评估直接损失为8万元，部分予以赔偿。");
}
