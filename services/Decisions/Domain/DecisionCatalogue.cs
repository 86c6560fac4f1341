using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Decisions;

namespace RuleOfLaw.Decisions.Domain;

/// <summary>重大行政决策事项目录 — a unit's yearly catalogue of planned major decisions (DEC-1).</summary>
public sealed class DecisionCatalogue : AggregateRoot<CatalogueStatus>
{
    private DecisionCatalogue()
    {
    }

    public int Year { get; private init; }

    public List<CatalogueItem> Items { get; private set; } = [];

    public PartyApproval? Approval { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    public static DecisionCatalogue Create(string unitId, int year, DateTimeOffset now)
    {
        var catalogue = new DecisionCatalogue { UnitId = unitId, Year = year };
        catalogue.Begin(CatalogueStatus.Draft, now, $"{year} catalogue");
        return catalogue;
    }

    /// <summary>Adds a planned decision; after publication it is recorded as an addition, with its reason.</summary>
    public CatalogueItem AddItem(string title, string summary, string leadUnitId, string? reason, DateTimeOffset now)
    {
        var afterPublication = Status == CatalogueStatus.Published;
        DecisionRules.Dec1.Require(!afterPublication || !string.IsNullOrWhiteSpace(reason), "向已公布的决策事项目录增加事项的，应当说明增加理由。", "An item added to a published catalogue needs the reason for the addition.");
        var item = new CatalogueItem
        {
            Title = title,
            Summary = summary,
            LeadUnitId = leadUnitId,
            AddedAt = now,
            AddedAfterPublication = afterPublication,
            AdditionReason = afterPublication ? reason!.Trim() : null,
        };
        Items.Add(item);
        RecordChange(Status.ToString(), Status.ToString(), now, afterPublication ? $"item added after publication: {title} ({item.AdditionReason})" : $"item added: {title}");
        return item;
    }

    /// <summary>DEC-1: published only with the recorded approval of the same-level Party committee.</summary>
    public void Publish(PartyApproval? approval, DateOnly today, DateTimeOffset now)
    {
        DecisionRules.Dec1.Require(Status == CatalogueStatus.Draft, "决策事项目录已经公布。", "The catalogue is published already.");
        DecisionRules.Dec1.Require(
            approval is not null && !string.IsNullOrWhiteSpace(approval.ApprovedBy) && !string.IsNullOrWhiteSpace(approval.Reference),
            "决策事项目录应当经同级党委同意并记录在案后，方可公布。", "A catalogue is published only with the recorded approval of the same-level Party committee.");
        DecisionRules.Dec1.Require(approval!.ApprovedOn <= today, "同意日期不得晚于公布日期。", "The approval cannot be dated after the publication.");
        DecisionRules.Dec1.Require(
            approval.ApprovedOn.Year >= Year - 1,
            $"{Year} 年度决策事项目录应当在编制期间即 {Year - 1} 年或 {Year} 年经同意；{approval.ApprovedOn:yyyy-MM-dd} 的同意不适用于该目录。", $"The {Year} catalogue is approved while it is planned, in {Year - 1} or {Year}; an approval of {approval.ApprovedOn:yyyy-MM-dd} is not for it.");
        DecisionRules.Dec1.Require(Items.Count > 0, "没有事项的决策事项目录不予公布。", "An empty catalogue is not published.");
        Approval = approval;
        PublishedOn = today;
        TransitionTo(CatalogueStatus.Published, now, $"approved by {approval.ApprovedBy} ({approval.Reference})");
        Raise(new DecisionCataloguePublished { OccurredAt = now, UnitId = UnitId, RecordId = Id, Year = Year, Items = Items.Count });
    }

    /// <summary>DEC-1: a procedure starts only from an item of a published catalogue.</summary>
    public CatalogueItem ItemForProcedure(Guid itemId)
    {
        DecisionRules.Dec1.Require(Status == CatalogueStatus.Published, "决策程序应当从已公布目录中的事项启动。", "A decision procedure starts from an item of a published catalogue.");
        return Items.SingleOrDefault(i => i.Id == itemId)
            ?? throw DecisionRules.Dec1.Violation($"事项 {itemId} 不在 {Year} 年度决策事项目录中。", $"Item {itemId} is not in the {Year} catalogue.");
    }
}
