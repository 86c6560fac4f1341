using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>The rules of the rulebook this service enforces (normative documents, DOC-1 … DOC-14), with their legal basis.</summary>
public static class DocumentRules
{
    public static readonly Rule Doc1 = new("DOC-1", "优化营商环境条例 Art 64; 行政处罚法 Art 16", "制定主体与权限", "Issuing unit and competence");
    public static readonly Rule Doc2 = new("DOC-2", "优化营商环境条例 Arts 62–63", "公开征求意见", "Public comment");
    public static readonly Rule Doc3 = new("DOC-3", "plan §三(三)1", "合法性审核", "Legality review");
    public static readonly Rule Doc4 = new("DOC-4", "plan §三(三)1", "集体审议", "Collective discussion");
    public static readonly Rule Doc5 = new("DOC-5", "plan §三(三)1; 优化营商环境条例 Art 64", "未经公布不得作为管理依据", "Publication is required");
    public static readonly Rule Doc6 = new("DOC-6", "plan §三(三)1", "统一登记、统一编号、统一印发", "Unified registration, numbering and publication");
    public static readonly Rule Doc7 = new("DOC-7", "plan §三(三)1", "有效期", "Validity");
    public static readonly Rule Doc8 = new("DOC-8", "plan §三(三)2", "清理", "Cleanup");
    public static readonly Rule Doc9 = new("DOC-9", "plan §三(三)2", "备案", "Filing");
    public static readonly Rule Doc10 = new("DOC-10", "plan §三(三)2", "备案审查", "Filing review");
    public static readonly Rule Doc13 = new("DOC-13", "plan §三(三)2", "异议", "Objections");
    public static readonly Rule Doc14 = new("DOC-14", "行政复议法 Arts 13, 56–60", "附带审查", "Incidental review");
}
