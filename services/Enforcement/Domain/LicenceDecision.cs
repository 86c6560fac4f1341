using RuleOfLaw.BuildingBlocks.Domain;
using RuleOfLaw.Contracts.Enforcement;

namespace RuleOfLaw.Enforcement.Domain;

/// <summary>
/// 行政许可决定 — a licence application an enforcing unit decided under one of its licensing powers,
/// with the legal basis that power had on the day (ENF-1), counted per unit, item and period (ENF-10).
/// The register is staff-only: the public sees only the counts, never an applicant's name.
/// </summary>
public sealed class LicenceDecision : AggregateRoot
{
    private LicenceDecision()
    {
    }

    public Guid PowerId { get; private init; }

    public string PowerCode { get; private init; } = "";

    public string PowerName { get; private init; } = "";

    /// <summary>The basis of the power's version in effect on the day of the decision: the law, the normative document, or both.</summary>
    public string LegalBasis { get; private init; } = "";

    public string ApplicantName { get; private init; } = "";

    public PartyKind ApplicantKind { get; private init; }

    public DateOnly ReceivedOn { get; private init; }

    public DateOnly DecidedOn { get; private init; }

    public LicenceOutcome Outcome { get; private init; }

    /// <summary>Why the application was refused, wholly or in part (行政许可法 Art 38); optional for a grant.</summary>
    public string? Reasons { get; private init; }

    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>The application and how it was decided, as the unit records it.</summary>
    public sealed record Application(string ApplicantName, PartyKind ApplicantKind, DateOnly ReceivedOn, DateOnly DecidedOn, LicenceOutcome Outcome, string? Reasons);

    /// <summary>
    /// Records a decision under a licensing power of the unit in effect on the day (ENF-1, ENF-10), decided
    /// on or after the application was received and not in the future; a refusal states its reasons.
    /// </summary>
    public static LicenceDecision Record(string unitId, Power power, Application application, CommandTime time)
    {
        var version = power.RequireInEffect(unitId, application.DecidedOn);
        EnforcementRules.Enf10.Require(power.Kind == PowerKind.Licence, $"职权 {power.Code} 的类别为 {power.Kind}；许可决定应当登记在行政许可职权之下。", $"Power {power.Code} is a {power.Kind} power; licence decisions are recorded under a licensing power.");
        EnforcementRules.Enf10.Require(
            application.DecidedOn >= application.ReceivedOn,
            $"决定日期 {application.DecidedOn:yyyy-MM-dd} 不得早于申请受理日期 {application.ReceivedOn:yyyy-MM-dd}。", $"The decision on {application.DecidedOn:yyyy-MM-dd} cannot come before the application was received on {application.ReceivedOn:yyyy-MM-dd}.");
        EnforcementRules.Enf10.Require(application.DecidedOn <= time.Today, $"{application.DecidedOn:yyyy-MM-dd} 的决定尚未作出。", $"A decision on {application.DecidedOn:yyyy-MM-dd} has not been taken yet.");
        EnforcementRules.Enf10.Require(
            application.Outcome == LicenceOutcome.Granted || !string.IsNullOrWhiteSpace(application.Reasons),
            "不予许可或者部分许可的，应当说明理由。", "A licence refused, wholly or in part, states its reasons.");

        var decision = new LicenceDecision
        {
            UnitId = unitId,
            PowerId = power.Id,
            PowerCode = power.Code,
            PowerName = version.Name,
            LegalBasis = BasisOf(version),
            ApplicantName = application.ApplicantName,
            ApplicantKind = application.ApplicantKind,
            ReceivedOn = application.ReceivedOn,
            DecidedOn = application.DecidedOn,
            Outcome = application.Outcome,
            Reasons = application.Reasons,
            RecordedAt = time.Now,
        };
        decision.RecordChange(null, application.Outcome.ToString(), time.Now, $"decided on {application.DecidedOn:yyyy-MM-dd} under {power.Code}");
        decision.Raise(new LicenceDecisionRecorded
        {
            OccurredAt = time.Now, UnitId = unitId, RecordId = decision.Id, PowerCode = power.Code, Outcome = application.Outcome.ToString(),
            ReceivedOn = application.ReceivedOn, DecidedOn = application.DecidedOn,
        });
        return decision;
    }

    private static string BasisOf(PowerVersion version) =>
        string.Join("；", new[] { version.LawBasis, version.DocumentNumber is null ? null : $"{version.DocumentNumber}{version.DocumentClause}" }.Where(b => !string.IsNullOrWhiteSpace(b)));
}
