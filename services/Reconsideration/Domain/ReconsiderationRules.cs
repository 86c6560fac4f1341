using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Reconsideration.Domain;

/// <summary>The rules of the rulebook this service enforces (行政复议, REC-1 … REC-12), with their legal basis and periods.</summary>
public static class ReconsiderationRules
{
    public static readonly Rule Rec1 = new("REC-1", "行政复议法 Arts 20–21", "复议申请", "Application");
    public static readonly Rule Rec2 = new("REC-2", "行政复议法 Arts 30–31; plan §三(五)3", "受理", "Acceptance");
    public static readonly Rule Rec3 = new("REC-3", "行政复议法 Arts 48, 53–54", "审理程序", "Procedure");
    public static readonly Rule Rec4 = new("REC-4", "行政复议法 Arts 45, 50–51", "复议人员", "Handlers");
    public static readonly Rule Rec5 = new("REC-5", "行政复议法 Arts 73–74; plan §三(五)3", "审理方式", "Review methods");
    public static readonly Rule Rec6 = new("REC-6", "行政复议法 Arts 39, 62–72", "复议决定", "Decision");
    public static readonly Rule Rec7 = new("REC-7", "行政复议法 Arts 76–77; plan §三(五)3", "决定的履行", "Compliance");
    public static readonly Rule Rec8 = new("REC-8", "plan §三(五)3", "统计报告", "Reporting");
    public static readonly Rule Rec9 = new("REC-9", "行政复议法 Art 13", "规范性文件附带审查", "Incidental review");
    public static readonly Rule Rec10 = new("REC-10", "行政诉讼法 Arts 3, 67", "行政应诉", "Litigation");
    public static readonly Rule Rec11 = new("REC-11", "信访条例 Arts 22, 34–36", "调解与信访", "Mediation and petitions");
    public static readonly Rule Rec12 = new("REC-12", "国家赔偿法 Art 13", "行政赔偿与补偿", "Compensation and indemnity");

    /// <summary>REC-1: days from learning of the act (Art 20).</summary>
    public const int ApplicationDays = 60;

    /// <summary>REC-1: the longest period where the applicant was not told of the right to apply (Art 20).</summary>
    public const int UntoldApplicationYears = 1;

    /// <summary>REC-2: working days to accept, refuse or ask for corrections (Art 30).</summary>
    public const int AcceptanceWorkingDays = 5;

    /// <summary>REC-2: the applicant's days to correct the application (Art 31).</summary>
    public const int CorrectionDays = 10;

    /// <summary>REC-3: working days to send the copy to the respondent, ordinary / simplified (Arts 48, 54).</summary>
    public const int CopyWorkingDays = 7;

    public const int SimplifiedCopyWorkingDays = 3;

    /// <summary>REC-3: working days for the respondent's answer, ordinary / simplified (Arts 48, 54).</summary>
    public const int AnswerWorkingDays = 10;

    public const int SimplifiedAnswerWorkingDays = 5;

    /// <summary>REC-3: the largest contested amount the simplified procedure takes (Art 53).</summary>
    public const decimal SimplifiedAmountLimit = 3000m;

    /// <summary>REC-4: officers per case; a hearing's panel (Arts 45, 51).</summary>
    public const int MinimumOfficers = 2;

    /// <summary>REC-4: working days between the hearing notice and the hearing (Art 51).</summary>
    public const int HearingNoticeWorkingDays = 5;

    /// <summary>REC-6: days from acceptance to the decision, ordinary / simplified; one extension of at most 30 (Art 62).</summary>
    public const int DecisionDays = 60;

    public const int SimplifiedDecisionDays = 30;

    public const int MaxExtensionDays = 30;

    /// <summary>REC-7: days for the respondent's correction report after an opinion letter (Art 76).</summary>
    public const int CorrectionReportDays = 60;

    /// <summary>REC-10: days from service of the complaint for the defence and the evidence (诉讼法 Art 67).</summary>
    public const int DefenceDays = 15;

    /// <summary>REC-11: days to route a petition (信访条例 Art 22).</summary>
    public const int PetitionRoutingDays = 15;

    /// <summary>REC-11: days to finish a petition, and the one extension of at most 30 (信访条例 Art 33).</summary>
    public const int PetitionDays = 60;

    public const int MaxPetitionExtensionDays = 30;

    /// <summary>REC-12: months to decide a compensation claim (国家赔偿法 Art 13).</summary>
    public const int CompensationMonths = 2;
}
