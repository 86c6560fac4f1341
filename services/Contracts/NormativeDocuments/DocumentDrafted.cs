namespace RuleOfLaw.Contracts.NormativeDocuments;

/// <summary>规范性文件起草 — a normative document was registered as a draft by its issuing unit.</summary>
public sealed record DocumentDrafted : IntegrationEvent
{
    public required string Title { get; init; }
}
