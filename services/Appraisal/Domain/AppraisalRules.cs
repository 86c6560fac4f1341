using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Appraisal.Domain;

/// <summary>The rules of the rulebook this service keeps (依法行政考核, APP-1 … APP-4), with their legal basis.</summary>
public static class AppraisalRules
{
    public static readonly Rule App1 = new("APP-1", "713 Art 9; 处罚法 Art 75; plan §四(三)", "考核指标体系", "Indicator scheme");
    public static readonly Rule App2 = new("APP-2", "plan §四(三)", "考核评分可追溯", "Live, explainable scores");
    public static readonly Rule App3 = new("APP-3", "plan §四(三)", "考核结果公布与整改", "Frozen results, commendation and rectification");
    public static readonly Rule App4 = new("APP-4", "plan §四(一)", "法治政府建设年度报告", "Yearly report");

    /// <summary>APP-1: the weights of an indicator's children (or of the level-1 areas) add up to this.</summary>
    public const int WeightTotal = 100;

    /// <summary>APP-1: a scheme has exactly these levels: area, level-2 indicator, level-3 (computed) indicator.</summary>
    public const int Levels = 3;

    /// <summary>APP-3: a total under the pass mark (合格线) is failed and rectified (district setting; the cycle keeps its own).</summary>
    public const decimal DefaultPassMark = 60m;

    /// <summary>APP-3: a total at or above this threshold is commended (district setting; the cycle keeps its own).</summary>
    public const decimal DefaultCommendationThreshold = 90m;
}
