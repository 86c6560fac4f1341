namespace RuleOfLaw.Enforcement.Features;

/// <summary>The request examples the OpenAPI document shows, one per request type.</summary>
internal static class Examples
{
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly Guid Officer1 = Guid.Parse("0195f0a0-0000-7000-8000-000000000001");
    private static readonly Guid Officer2 = Guid.Parse("0195f0a0-0000-7000-8000-000000000002");
    private static readonly Guid Presider = Guid.Parse("0195f0a0-0000-7000-8000-000000000003");
    private static readonly Guid Power = Guid.Parse("0195f0a0-0000-7000-8000-0000000000a1");

    public static readonly RegisterEnforcingUnitRequest RegisterUnit = new("district-market-regulation", "南城区市场监督管理局");
    public static readonly RegisterPowerRequest RegisterPower = new("district-market-regulation", "330217002000", PowerKind.Penalty, new PowerBasisRequest(
        "对食品经营者未按规定查验进货凭证的处罚", Day, "《中华人民共和国食品安全法》第一百二十六条", "南市监规〔2026〕2号", "第五条", "依据权责清单年度调整"));
    public static readonly PowerBasisRequest RevisePower = new(
        "对食品经营者未按规定查验进货凭证的处罚", Day.AddMonths(6), "《中华人民共和国食品安全法》第一百二十六条", null, null, "所引规范性文件废止，改以法律为依据");
    public static readonly CertifyOfficerRequest Certify = new("district-market-regulation", "张明", "33010020260001", Day.AddYears(-1), Day.AddYears(4), false);
    public static readonly RevokeCertificateRequest Revoke = new(Day, "调离执法岗位");
    public static readonly RecordTrainingRequest Training = new("2026年度行政执法人员公共法律知识培训", Day, 40);
    public static readonly OpenCaseRequest Open = new(
        "district-market-regulation", Power, "南城区某餐饮店", PartyKind.Organisation, null, "2026年2月20日检查发现，当事人未查验所购冻品的进货凭证。",
        Day.AddDays(-10), Day, [Officer1, Officer2], LifeHealthOrFinance: true, OnTheSpot: false, MajorPublicInterest: false, Complex: false, LawRequiresReview: false);
    public static readonly RecordEvidenceRequest Evidence = new(
        "现场检查笔录.pdf", "application/pdf", 184_320, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", Day, Officer1, "现场检查笔录，当事人签字确认");
    public static readonly NotifyPartyRequest Notice = new(Day.AddDays(20), "当事人未履行进货查验义务，违反《食品安全法》第五十三条。", new Penalty(PenaltyKind.Fine, 8000));
    public static readonly RecordDefenceRequest Defence = new(Day.AddDays(22), "系首次违法，已立即整改，请求从轻处罚。", WaivesHearing: false);
    public static readonly RequestHearingRequest HearingRequest = new(Day.AddDays(23));
    public static readonly ScheduleHearingRequest ScheduleHearing = new(Day.AddDays(24), Day.AddDays(32), Presider, "南城区市场监督管理局听证室");
    public static readonly StepRequest HearingHeld = new(Day.AddDays(32), "听证笔录已由当事人核对签字");
    public static readonly ReviewLegalityRequest LegalReview = new(Day.AddDays(35), Presider, "事实清楚，证据确凿，适用依据正确，程序合法，裁量适当。");
    public static readonly ExtendDecisionPeriodRequest DecisionExtension = new(Day.AddDays(85), Day.AddDays(120), "案情复杂，需委托检验机构对涉案冻品进行检验");
    public static readonly DecideCaseRequest Decide = new(Day.AddDays(38), new Penalty(PenaltyKind.Fine, 6000), Circumstance.Ordinary, null);
    public static readonly ServeDecisionRequest Serve = new(Day.AddDays(40), "直接送达");
    public static readonly StepRequest Publication = new(Day.AddDays(44), "在区政府网站行政执法公示专栏公开");
    public static readonly StepRequest Execution = new(Day.AddDays(50), "当事人已缴纳罚款");
    public static readonly StepRequest Closure = new(Day.AddDays(52), null);
    public static readonly StepRequest Archive = new(Day.AddDays(60), null);
    public static readonly StepRequest Withdrawal = new(Day.AddDays(90), "复议机关变更处罚决定，原公开决定撤下");
    public static readonly RecordLicenceDecisionRequest Licence = new(
        "district-market-regulation", Guid.Parse("0195f0a0-0000-7000-8000-0000000000a2"), "南城区某餐饮店", PartyKind.Organisation, Day.AddDays(-15), Day, LicenceOutcome.Granted, null);
    public static readonly RateCaseRequest Rate = new(4, "执法人员文明规范，说明理由清楚。");
    public static readonly DraftBenchmarkRequest Benchmark = new(Power, "未按规定查验进货凭证行为裁量基准",
    [
        new(Circumstance.Minor, 0, 5000, "首次违法、及时改正、危害后果轻微"),
        new(Circumstance.Ordinary, 5000, 20000, "一般情形"),
        new(Circumstance.Serious, 20000, 50000, "多次违法或造成食品安全事故"),
    ]);
    public static readonly PublishBenchmarkRequest PublishBenchmark = new(Day.AddDays(7));
    public static readonly RegisterDisputeRequest Dispute = new("district-market-regulation", "district-urban-management", "占道经营的流动摊贩销售食品，由哪一部门查处", Day);
    public static readonly ResolveDisputeRequest Resolve = new("district-urban-management", "占道经营由城市管理部门查处；食品安全问题移送市场监管部门。", Day.AddDays(10));
    public static readonly SampleCaseFilesRequest Sample = new(2026, 5);
    public static readonly ScoreCaseFileRequest Score = new(Guid.Parse("0195f0a0-0000-7000-8000-0000000000c1"), 92, "证据链完整；送达回证日期填写不规范，扣3分。");
    public static readonly StepRequest PublishReview = new(Day.AddMonths(11), "2026年度行政执法案卷评查结果");
}
