using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Decisions.Domain;

/// <summary>The rules of the rulebook this service enforces (major decisions, DEC-1 … DEC-11), with their legal basis.</summary>
public static class DecisionRules
{
    public static readonly Rule Dec1 = new("DEC-1", "重大行政决策程序暂行条例 Arts 3, 10–11", "重大行政决策事项目录", "Decision catalogue");
    public static readonly Rule Dec2 = new("DEC-2", "重大行政决策程序暂行条例 Arts 15, 18", "公众参与", "Public comment");
    public static readonly Rule Dec3 = new("DEC-3", "重大行政决策程序暂行条例 Arts 16–17", "听证", "Hearing");
    public static readonly Rule Dec4 = new("DEC-4", "重大行政决策程序暂行条例 Arts 19–20", "专家论证", "Experts");
    public static readonly Rule Dec5 = new("DEC-5", "重大行政决策程序暂行条例 Arts 22–24", "风险评估", "Risk assessment");
    public static readonly Rule Dec6 = new("DEC-6", "重大行政决策程序暂行条例 Arts 25–26, 28", "合法性审查", "Legality review");
    public static readonly Rule Dec7 = new("DEC-7", "重大行政决策程序暂行条例 Art 29", "提交讨论的材料", "Meeting package");
    public static readonly Rule Dec8 = new("DEC-8", "重大行政决策程序暂行条例 Art 30; plan §三(二)1", "集体讨论决定", "Collective decision");
    public static readonly Rule Dec9 = new("DEC-9", "重大行政决策程序暂行条例 Arts 31–33", "决策公布", "Publication");
    public static readonly Rule Dec10 = new("DEC-10", "重大行政决策程序暂行条例 Arts 36–37", "决策后评估", "Evaluation");
    public static readonly Rule Dec11 = new("DEC-11", "重大行政决策程序暂行条例 Art 38", "责任追究", "Accountability");
}
