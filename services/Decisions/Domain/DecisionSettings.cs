using RuleOfLaw.Procedures.Consultation;

namespace RuleOfLaw.Decisions.Domain;

/// <summary>District settings of the decision procedure (configuration section <c>Decisions</c>), with the rulebook's defaults.</summary>
public sealed class DecisionSettings
{
    /// <summary>DEC-2: days of public comment; shorter only with a published reason.</summary>
    public int CommentDays { get; set; } = 30;

    /// <summary>DEC-6: working days the legal office gets; never fewer than 7.</summary>
    public int LegalityReviewWorkingDays { get; set; } = 7;

    /// <summary>DEC-3: days before the hearing the participants have the materials.</summary>
    public int HearingMaterialsDays { get; set; } = 7;

    /// <summary>DEC-3: stakeholder categories a hearing must register before it can be concluded.</summary>
    public int MinimumStakeholderCategories { get; set; } = 3;

    public CommentPeriodPolicy CommentPolicy => new(CommentDays, PeriodUnit.CalendarDays, ShorterWithPublishedReason: true);

    public int ReviewWorkingDays => Math.Max(7, LegalityReviewWorkingDays);
}
