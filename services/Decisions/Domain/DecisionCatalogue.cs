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
        DecisionRules.Dec1.Require(!afterPublication || !string.IsNullOrWhiteSpace(reason), "An item added to a published catalogue needs the reason for the addition.");
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
        DecisionRules.Dec1.Require(Status == CatalogueStatus.Draft, "The catalogue is published already.");
        DecisionRules.Dec1.Require(
            approval is not null && !string.IsNullOrWhiteSpace(approval.ApprovedBy) && !string.IsNullOrWhiteSpace(approval.Reference),
            "A catalogue is published only with the recorded approval of the same-level Party committee.");
        DecisionRules.Dec1.Require(approval!.ApprovedOn <= today, "The approval cannot be dated after the publication.");
        DecisionRules.Dec1.Require(
            approval.ApprovedOn.Year >= Year - 1,
            $"The {Year} catalogue is approved while it is planned, in {Year - 1} or {Year}; an approval of {approval.ApprovedOn:yyyy-MM-dd} is not for it.");
        DecisionRules.Dec1.Require(Items.Count > 0, "An empty catalogue is not published.");
        Approval = approval;
        PublishedOn = today;
        TransitionTo(CatalogueStatus.Published, now, $"approved by {approval.ApprovedBy} ({approval.Reference})");
        Raise(new DecisionCataloguePublished { OccurredAt = now, UnitId = UnitId, RecordId = Id, Year = Year, Items = Items.Count });
    }

    /// <summary>DEC-1: a procedure starts only from an item of a published catalogue.</summary>
    public CatalogueItem ItemForProcedure(Guid itemId)
    {
        DecisionRules.Dec1.Require(Status == CatalogueStatus.Published, "A decision procedure starts from an item of a published catalogue.");
        return Items.SingleOrDefault(i => i.Id == itemId)
            ?? throw DecisionRules.Dec1.Violation($"Item {itemId} is not in the {Year} catalogue.");
    }
}
