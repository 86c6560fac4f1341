using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.NormativeDocuments.Domain;

/// <summary>制定主体 — a unit registered to issue normative documents, with the matters within its competence (DOC-1).</summary>
public sealed class IssuingUnit : AggregateRoot
{
    private IssuingUnit()
    {
    }

    /// <summary>The abbreviation that opens its document numbers, e.g. "南府" in 南府规〔2026〕3号.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The matters it may regulate (职权范围), e.g. "市场监管", "城市管理".</summary>
    public List<string> Competences { get; private set; } = [];

    public bool Active { get; private set; }

    public static IssuingUnit Register(string unitId, string code, string name, IEnumerable<string> competences, DateTimeOffset now)
    {
        var unit = new IssuingUnit { UnitId = unitId, Code = code, Name = name, Competences = [.. competences.Distinct()], Active = true };
        unit.RecordChange(null, "Active", now, $"registered as {code}: {string.Join("、", unit.Competences)}");
        return unit;
    }

    public void Update(string name, IEnumerable<string> competences, bool active, DateTimeOffset now)
    {
        Name = name;
        Competences = [.. competences.Distinct()];
        var from = Active ? "Active" : "Inactive";
        Active = active;
        RecordChange(from, active ? "Active" : "Inactive", now, $"competence: {string.Join("、", Competences)}");
    }

    /// <summary>DOC-1: only a registered, active unit issues, and only within its listed competence.</summary>
    public void RequireMayIssue(string competence)
    {
        DocumentRules.Doc1.Require(Active, $"{Name}不是有效的制定机关。", $"{Name} is not an active issuing unit.");
        DocumentRules.Doc1.Require(Competences.Contains(competence), $"“{competence}”不在{Name}所列的职权范围内。", $"'{competence}' is not within the listed competence of {Name}.");
    }
}
