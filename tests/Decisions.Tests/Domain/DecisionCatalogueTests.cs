using RuleOfLaw.Decisions.Domain;
using static RuleOfLaw.Decisions.Tests.DomainFixtures;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>The catalogue's rules, checked in memory (DEC-1).</summary>
public sealed class DecisionCatalogueTests
{
    private static readonly PartyApproval Approval = new("中共南城区委员会", "区委常委会议纪要〔2026〕3号", new DateOnly(2026, 2, 10));

    private readonly DecisionCatalogue _catalogue = DecisionCatalogue.Create("district-government", 2026, Start);

    private static DateOnly Today => new(2026, 3, 2);

    [Fact]
    public void DEC_1_a_catalogue_is_published_only_with_the_Party_committees_approval()
    {
        _catalogue.AddItem("老旧小区改造三年行动方案", "", "district-housing", null, Start);

        Refused("DEC-1", () => _catalogue.Publish(null, Today, Start));
        Refused("DEC-1", () => _catalogue.Publish(Approval with { Reference = " " }, Today, Start));
        Refused("DEC-1", () => _catalogue.Publish(Approval with { ApprovedOn = Today.AddDays(1) }, Today, Start));
        Refused("DEC-1", () => _catalogue.Publish(Approval with { ApprovedOn = new DateOnly(2024, 12, 31) }, Today, Start));
        _catalogue.Publish(Approval, Today, Start);
        Assert.Equal(CatalogueStatus.Published, _catalogue.Status);
    }

    [Fact]
    public void DEC_1_an_empty_catalogue_is_not_published() =>
        Refused("DEC-1", () => _catalogue.Publish(Approval, Today, Start));

    [Fact]
    public void DEC_1_an_item_added_after_publication_needs_its_reason_and_is_marked()
    {
        _catalogue.AddItem("老旧小区改造三年行动方案", "", "district-housing", null, Start);
        _catalogue.Publish(Approval, Today, Start);

        Refused("DEC-1", () => _catalogue.AddItem("停车收费标准调整方案", "", "district-development-reform", null, Start));
        var added = _catalogue.AddItem("停车收费标准调整方案", "", "district-development-reform", "年中新增", Start);
        Assert.True(added.AddedAfterPublication);
        Assert.Equal("年中新增", added.AdditionReason);
    }

    [Fact]
    public void DEC_1_a_procedure_starts_from_an_item_of_a_published_catalogue_and_names_its_lead_unit()
    {
        var item = _catalogue.AddItem("老旧小区改造三年行动方案", "", "district-housing", null, Start);
        Refused("DEC-1", () => Open(item.Id));

        _catalogue.Publish(Approval, Today, Start);
        Refused("DEC-1", () => Open(Guid.NewGuid()));
        Refused("DEC-1", () => Open(item.Id, itemHasProcedure: true));
        Assert.Equal("district-housing", Open(item.Id).LeadUnitId);
    }

    private MajorDecision Open(Guid itemId, bool itemHasProcedure = false) =>
        MajorDecision.Open(_catalogue, itemId, "老旧小区改造三年行动方案", "第一条", false, false, false, false, itemHasProcedure, Start);
}
