using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Enforcement;

namespace RuleOfLaw.Enforcement.Domain;

/// <summary>
/// 执法职权 — one entry of an enforcing unit's powers list with its legal basis, versioned with
/// effective dates and public (ENF-1). A basis citing a normative document not in force is flagged.
/// </summary>
public sealed class Power : AggregateRoot
{
    private Power()
    {
    }

    /// <summary>The entry's code in the list, e.g. "330217002000"; one per unit.</summary>
    public string Code { get; private init; } = "";

    public PowerKind Kind { get; private init; }

    public List<PowerVersion> Versions { get; private set; } = [];

    /// <summary>Why the basis cannot be relied on (ENF-1), or null.</summary>
    public string? BasisFlag { get; private set; }

    public DateTimeOffset? BasisFlaggedAt { get; private set; }

    public PowerVersion Latest => Versions.MaxBy(v => v.Number)!;

    public string Name => Latest.Name;

    public static Power Register(EnforcingUnit unit, string code, PowerKind kind, PowerVersion first, KnownDocument? cited, DateTimeOffset now)
    {
        var power = new Power { UnitId = unit.UnitId, Code = code, Kind = kind };
        power.AddVersion(first, cited, now);
        return power;
    }

    /// <summary>The version in effect on <paramref name="day"/>, or null before the first.</summary>
    public PowerVersion? VersionOn(DateOnly day) => Versions.Where(v => v.EffectiveFrom <= day).MaxBy(v => v.EffectiveFrom);

    /// <summary>ENF-1: a case is opened only under a power of its unit that is in effect on the day.</summary>
    public PowerVersion RequireInEffect(string unitId, DateOnly day)
    {
        EnforcementRules.Enf1.Require(UnitId == unitId, $"职权 {Code} 属于 {UnitId}，不属于 {unitId}。", $"Power {Code} belongs to {UnitId}, not {unitId}.");
        return VersionOn(day) ?? throw EnforcementRules.Enf1.Violation($"职权 {Code} 在 {day:yyyy-MM-dd} 不在有效期内。", $"Power {Code} is not in effect on {day:yyyy-MM-dd}.");
    }

    /// <summary>A new version takes effect after the latest one's day (ENF-1: versioned with effective dates).</summary>
    public void Revise(PowerVersion next, KnownDocument? cited, DateTimeOffset now)
    {
        EnforcementRules.Enf1.Require(
            next.EffectiveFrom > Latest.EffectiveFrom,
            $"新版本的施行日期应当晚于第 {Latest.Number} 版的施行日期 {Latest.EffectiveFrom:yyyy-MM-dd}。", $"A new version must take effect after {Latest.EffectiveFrom:yyyy-MM-dd}, when version {Latest.Number} did.");
        AddVersion(next, cited, now);
    }

    /// <summary>ENF-1: whether the latest basis cites <paramref name="number"/> (and, when given, that clause or the whole document).</summary>
    public bool Cites(string number, string? clause) =>
        Latest.DocumentNumber == number && (clause is null || Latest.DocumentClause is null || Latest.DocumentClause == clause);

    public void FlagBasis(string reason, DateTimeOffset now)
    {
        if (BasisFlag == reason)
        {
            return;
        }

        BasisFlag = reason;
        BasisFlaggedAt = now;
        RecordChange("BasisValid", "BasisFlagged", now, reason);
        Raise(new PowerBasisFlagged { OccurredAt = now, UnitId = UnitId, RecordId = Id, Code = Code, DocumentNumber = Latest.DocumentNumber ?? "", Reason = reason });
    }

    private void AddVersion(PowerVersion version, KnownDocument? cited, DateTimeOffset now)
    {
        var numbered = new PowerVersion
        {
            Number = Versions.Count + 1,
            EffectiveFrom = version.EffectiveFrom,
            Name = version.Name,
            LawBasis = version.LawBasis,
            DocumentNumber = version.DocumentNumber,
            DocumentClause = version.DocumentClause,
            Reason = version.Reason,
            RecordedAt = now,
        };
        EnforcementRules.Enf1.Require(numbered.LawBasis is not null || numbered.DocumentNumber is not null, "职权应当有法定依据：法律法规，或者注明文号的规范性文件。", "A power needs a legal basis: a law, or a normative document by its number.");
        Versions.Add(numbered);
        RecordChange(numbered.Number == 1 ? null : $"v{numbered.Number - 1}", $"v{numbered.Number}", now, $"effective {numbered.EffectiveFrom:yyyy-MM-dd}: {numbered.Reason}");
        Raise(new PowerRegistered
        {
            OccurredAt = now, UnitId = UnitId, RecordId = Id, Code = Code, Name = numbered.Name, Version = numbered.Number,
            EffectiveFrom = numbered.EffectiveFrom, LawBasis = numbered.LawBasis, DocumentNumber = numbered.DocumentNumber,
        });

        // A new basis is judged afresh: a document known to be out of force flags it at once.
        BasisFlag = null;
        BasisFlaggedAt = null;
        if (numbered.DocumentNumber is not null && cited?.WhyNotReliable(numbered.DocumentClause) is { } why)
        {
            FlagBasis(why, now);
        }
    }
}
