using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Enforcement;

namespace RuleOfLaw.Enforcement.Domain;

/// <summary>
/// 行政执法人员 — an officer of an enforcing unit with their certificate (执法证). Only a certified
/// officer — valid on the day, not revoked — acts (ENF-2); name, certificate number and unit are public.
/// </summary>
public sealed class Officer : AggregateRoot
{
    private Officer()
    {
    }

    public string Name { get; private init; } = "";

    public string CertificateNumber { get; private init; } = "";

    public DateOnly ValidFrom { get; private init; }

    public DateOnly ValidUntil { get; private init; }

    public DateOnly? RevokedOn { get; private set; }

    public string? RevocationReason { get; private set; }

    /// <summary>法制审核人员 — qualified to review cases' legality (holds the legal profession qualification).</summary>
    public bool QualifiedReviewer { get; private init; }

    public List<Training> Trainings { get; private set; } = [];

    public static Officer Certify(EnforcingUnit unit, string name, string certificateNumber, DateOnly validFrom, DateOnly validUntil, bool qualifiedReviewer, DateTimeOffset now)
    {
        var officer = new Officer
        {
            UnitId = unit.UnitId, Name = name, CertificateNumber = certificateNumber, ValidFrom = validFrom, ValidUntil = validUntil, QualifiedReviewer = qualifiedReviewer,
        };
        officer.RecordChange(null, "Certified", now, $"certificate {certificateNumber}, valid {validFrom:yyyy-MM-dd} to {validUntil:yyyy-MM-dd}");
        officer.Raise(new OfficerCertified
        {
            OccurredAt = now, UnitId = officer.UnitId, RecordId = officer.Id, Name = name, CertificateNumber = certificateNumber, ValidFrom = validFrom, ValidUntil = validUntil,
        });
        return officer;
    }

    /// <summary>ENF-2: holds a valid, unrevoked certificate on <paramref name="day"/>.</summary>
    public bool IsCertifiedOn(DateOnly day) => ValidFrom <= day && day <= ValidUntil && (RevokedOn is null || day < RevokedOn);

    public void RequireCertifiedOn(DateOnly day, string unitId)
    {
        EnforcementRules.Enf2.Require(UnitId == unitId, $"{Name}是 {UnitId} 的执法人员，不是 {unitId} 的执法人员。", $"{Name} is an officer of {UnitId}, not {unitId}.");
        EnforcementRules.Enf2.Require(IsCertifiedOn(day), $"{Name}（{CertificateNumber}）在 {day:yyyy-MM-dd} 未持有有效的执法证。", $"{Name} ({CertificateNumber}) holds no valid certificate on {day:yyyy-MM-dd}.");
    }

    public void Revoke(DateOnly on, string reason, DateTimeOffset now)
    {
        EnforcementRules.Enf2.Require(RevokedOn is null, $"执法证 {CertificateNumber} 已于 {RevokedOn:yyyy-MM-dd} 被注销。", $"Certificate {CertificateNumber} was revoked on {RevokedOn:yyyy-MM-dd} already.");
        EnforcementRules.Enf2.Require(on >= ValidFrom, $"执法证自 {ValidFrom:yyyy-MM-dd} 起有效，不得在该日前注销。", $"A certificate valid from {ValidFrom:yyyy-MM-dd} cannot be revoked before it.");
        RevokedOn = on;
        RevocationReason = reason;
        RecordChange("Certified", "Revoked", now, reason);
        Raise(new OfficerCertificateRevoked { OccurredAt = now, UnitId = UnitId, RecordId = Id, CertificateNumber = CertificateNumber, RevokedOn = on, Reason = reason });
    }

    public Training RecordTraining(string course, DateOnly completedOn, decimal hours, DateTimeOffset now)
    {
        var training = new Training { Course = course, CompletedOn = completedOn, Hours = hours };
        Trainings.Add(training);
        RecordChange(null, "Trained", now, $"{course}, {hours} h on {completedOn:yyyy-MM-dd}");
        Raise(new OfficerTrained { OccurredAt = now, UnitId = UnitId, RecordId = Id, Course = course, CompletedOn = completedOn, Hours = hours });
        return training;
    }

    /// <summary>ENF-3: the officer counts in <paramref name="year"/>'s coverage when certified on any day of it.</summary>
    public bool ServesIn(int year) =>
        ValidFrom.Year <= year && ValidUntil.Year >= year && (RevokedOn is null || RevokedOn.Value > new DateOnly(year, 1, 1));

    public bool TrainedIn(int year) => Trainings.Any(t => t.CompletedOn.Year == year);
}
