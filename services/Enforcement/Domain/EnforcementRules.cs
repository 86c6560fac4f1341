using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Enforcement.Domain;

/// <summary>The rules of the rulebook this service enforces (行政执法, ENF-1 … ENF-10, and REC-7's reaction), with their legal basis.</summary>
public static class EnforcementRules
{
    public static readonly Rule Enf1 = new("ENF-1", "行政处罚法 Art 39; plan §三(四)1", "执法主体、职权与依据", "Subjects, powers and bases");
    public static readonly Rule Enf2 = new("ENF-2", "行政处罚法 Arts 42, 55; plan §三(四)3", "执法人员", "Officers");
    public static readonly Rule Enf3 = new("ENF-3", "plan §三(四)3", "执法培训", "Training");
    public static readonly Rule Enf4 = new("ENF-4", "行政处罚法 Arts 44–47, 57–58, 60–64", "办案程序", "Case procedure");
    public static readonly Rule Enf5 = new("ENF-5", "行政处罚法 Art 34", "裁量基准", "Discretion benchmarks");
    public static readonly Rule Enf6 = new("ENF-6", "plan §三(四)2", "同案同罚", "Same case, same treatment");
    public static readonly Rule Enf7 = new("ENF-7", "行政处罚法 Arts 36, 48, 51", "时效与限额", "Limits");
    public static readonly Rule Enf8 = new("ENF-8", "plan §三(四)1", "执法争议", "Disputes");
    public static readonly Rule Enf9 = new("ENF-9", "plan §三(四)4", "案卷评查", "Case-file review");
    public static readonly Rule Enf10 = new("ENF-10", "plan §三(四)4", "统计与满意度", "Statistics and satisfaction");
    public static readonly Rule Rec7 = new("REC-7", "行政复议法 Arts 76–77; plan §三(五)3", "决定的履行", "Compliance");

    /// <summary>ENF-7: the limitation period from the act, in years (Art 36).</summary>
    public const int LimitationYears = 2;

    /// <summary>ENF-7: the limitation period where the act endangers life, health or financial security.</summary>
    public const int LongLimitationYears = 5;

    /// <summary>ENF-7: the most an on-the-spot (简易程序) fine may be, per kind of party (Art 51).</summary>
    public const decimal OnTheSpotLimitIndividual = 200m;

    public const decimal OnTheSpotLimitOrganisation = 3000m;

    /// <summary>ENF-4: days after the notice within which the party may ask for a hearing (Art 64).</summary>
    public const int HearingRequestDays = 5;

    /// <summary>ENF-4: the least number of days the hearing notice precedes the hearing (Art 64).</summary>
    public const int HearingNoticeDays = 7;

    /// <summary>ENF-4: the decision within 90 days of opening (Art 60).</summary>
    public const int DecisionDays = 90;

    /// <summary>ENF-4: service of the decision within 7 days (Art 61).</summary>
    public const int ServiceDays = 7;

    /// <summary>ENF-7: a published decision altered or revoked is withdrawn within 3 days (Art 48).</summary>
    public const int WithdrawalDays = 3;

    /// <summary>ENF-2: at least two certified officers per case (Art 42).</summary>
    public const int MinimumOfficers = 2;
}
