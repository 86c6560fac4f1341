using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>规范性文件清理 — a campaign (every 2 years) over every document in force (DOC-8).</summary>
public sealed class CleanupCampaign : AggregateRoot<CleanupStatus>
{
    private CleanupCampaign()
    {
    }

    public string Name { get; private init; } = "";

    public DateOnly StartedOn { get; private init; }

    public DateOnly? PublishedOn { get; private set; }

    public List<CleanupItem> Items { get; private set; } = [];

    /// <summary>DOC-8: the campaign lists every document in force on the day it starts.</summary>
    public static CleanupCampaign Start(string name, string unitId, IEnumerable<NormativeDocument> inForce, DateOnly today, DateTimeOffset now)
    {
        var campaign = new CleanupCampaign
        {
            Name = name,
            UnitId = unitId,
            StartedOn = today,
            Items = [.. inForce.Select(d => new CleanupItem { DocumentId = d.Id, Number = d.Number!, Title = d.Title })],
        };
        campaign.Begin(CleanupStatus.Open, now, $"{campaign.Items.Count} documents in force");
        return campaign;
    }

    public void Decide(Guid documentId, CleanupResult result, DateOnly? repealOn, string? reason, DateOnly today, DateTimeOffset now)
    {
        DocumentRules.Doc8.Require(Status == CleanupStatus.Open, "本次清理结果已经公布。", "The campaign's results are published already.");
        var item = Items.SingleOrDefault(i => i.DocumentId == documentId) ?? throw new RecordNotFoundException($"文件 {documentId} 不在本次清理范围内。", $"Document {documentId} is not in this campaign.");
        DocumentRules.Doc8.Require(result == CleanupResult.Retain || !string.IsNullOrWhiteSpace(reason), "决定修改或者废止的，应当说明理由。", "Amending or repealing needs the reason.");
        DocumentRules.Doc8.Require(result != CleanupResult.Repeal || repealOn >= today, "决定废止的，应当载明文件失效的日期，且不得早于今日。", "A repeal states the day, today or later, from which the document is no longer in force.");
        item.Result = result;
        item.RepealOn = result == CleanupResult.Repeal ? repealOn : null;
        item.Reason = reason;
        RecordChange(Status.ToString(), Status.ToString(), now, $"{item.Number}: {result}");
    }

    /// <summary>DOC-8: results are published once every document has one; repealed documents leave force on their day.</summary>
    public void Publish(IReadOnlyDictionary<Guid, NormativeDocument> documents, DateOnly today, DateTimeOffset now)
    {
        DocumentRules.Doc8.Require(Status == CleanupStatus.Open, "本次清理结果已经公布。", "The campaign's results are published already.");
        var open = Items.Count(i => i.Result is null);
        DocumentRules.Doc8.Require(open == 0, $"尚有 {open} 件文件未作出清理结论。", $"{open} documents have no result yet.");
        foreach (var item in Items.Where(i => i.Result == CleanupResult.Repeal))
        {
            var document = documents[item.DocumentId];
            if (document.Status == DocumentStatus.Published)
            {
                document.LeaveForce(DocumentStatus.Repealed, item.RepealOn!.Value, $"repealed by cleanup \"{Name}\": {item.Reason}", now);
            }
        }

        PublishedOn = today;
        TransitionTo(CleanupStatus.Published, now, $"{Items.Count(i => i.Result == CleanupResult.Repeal)} repealed, {Items.Count(i => i.Result == CleanupResult.Amend)} to amend");
    }
}
