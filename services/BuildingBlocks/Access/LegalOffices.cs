using Microsoft.Extensions.Options;

namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>
/// 法制机构 — which legal office reviews for which units (a district setting, section
/// <c>Access:LegalOffices</c>). A unit's own legal department serves that unit; <see cref="Serves"/>
/// names the units an office reviews for besides its own (<c>*</c>: every unit of the district);
/// <see cref="SupervisingOffice"/> is the supervising body's legal office, which alone concludes
/// filing reviews, revokes documents, keeps the issuing units' competences and runs cleanup campaigns.
/// </summary>
public sealed class LegalOfficeSettings
{
    public const string EveryUnit = "*";

    /// <summary>Office unit → the units it reviews for. Default: the district's 司法局 for every unit.</summary>
    public Dictionary<string, string[]> Serves { get; set; } = new(StringComparer.Ordinal) { ["district-justice"] = [EveryUnit] };

    /// <summary>The legal office of the supervising body (the district government's: 司法局).</summary>
    public string SupervisingOffice { get; set; } = "district-justice";
}

public sealed class LegalOffices(IOptions<LegalOfficeSettings> settings)
{
    /// <summary>Whether the legal office of <paramref name="officeUnit"/> reviews for <paramref name="unitId"/>.</summary>
    public bool Serve(string? officeUnit, string unitId) =>
        officeUnit is not null
        && (officeUnit == unitId
            || (settings.Value.Serves.TryGetValue(officeUnit, out var units) && (units.Contains(unitId) || units.Contains(LegalOfficeSettings.EveryUnit))));

    /// <summary>Whether the legal office of <paramref name="officeUnit"/> reviews for every unit of the district.</summary>
    public bool ServesEveryUnit(string? officeUnit) =>
        officeUnit is not null && settings.Value.Serves.TryGetValue(officeUnit, out var units) && units.Contains(LegalOfficeSettings.EveryUnit);

    /// <summary>
    /// The units the legal office of <paramref name="officeUnit"/> reviews for, its own first; check
    /// <see cref="ServesEveryUnit"/> first, as <c>*</c> is not expanded here.
    /// </summary>
    public IReadOnlyList<string> UnitsServedBy(string officeUnit) =>
        [officeUnit, .. settings.Value.Serves.GetValueOrDefault(officeUnit, []).Where(u => u != officeUnit && u != LegalOfficeSettings.EveryUnit)];

    /// <summary>Whether <paramref name="officeUnit"/> is the supervising body's legal office.</summary>
    public bool IsSupervising(string? officeUnit) => officeUnit is not null && officeUnit == settings.Value.SupervisingOffice;
}
