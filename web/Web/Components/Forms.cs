namespace RuleOfLaw.Web.Components;

// The forms' models. Each creating form carries the idempotency key it was shown with, so that
// submitting it twice (a double click, a reload) makes one record.

public sealed class CommentForm
{
    public string Key { get; set; } = Guid.NewGuid().ToString("N");

    public string? Author { get; set; }

    public string? Content { get; set; }
}

public sealed class ObjectionForm
{
    public string Key { get; set; } = Guid.NewGuid().ToString("N");

    public string? Objector { get; set; }

    public string? Content { get; set; }
}

public sealed class ApplicationForm
{
    public string Key { get; set; } = Guid.NewGuid().ToString("N");

    public string? RespondentUnitId { get; set; }

    public string? ActReference { get; set; }

    public string? ActDescription { get; set; }

    public DateOnly? ActOn { get; set; }

    public DateOnly? LearnedOn { get; set; }

    public bool ToldOfRight { get; set; } = true;

    public decimal? ContestedAmount { get; set; }

    public string? Request { get; set; }

    public string? LateReason { get; set; }
}

public sealed class DraftForm
{
    public string Key { get; set; } = Guid.NewGuid().ToString("N");

    public string? UnitId { get; set; }

    public string? Competence { get; set; }

    public string? Title { get; set; }

    public string? Body { get; set; }

    public bool AffectsRights { get; set; }

    public bool MarketRelated { get; set; }

    public bool Provisional { get; set; }
}

/// <summary>One form for every document step; each step reads the fields it needs.</summary>
public sealed class DocumentStepForm
{
    public string? Step { get; set; }

    public bool CreatesLicences { get; set; }

    public bool CreatesPenalties { get; set; }

    public bool CreatesCoerciveMeasures { get; set; }

    public bool CreatesFees { get; set; }

    public bool ReducesRights { get; set; }

    public bool RestrictsCompetition { get; set; }

    public string Conclusion { get; set; } = "Lawful";

    public string? Opinion { get; set; }

    public DateOnly? MeetingDate { get; set; }

    public string MeetingType { get; set; } = "Executive";

    public string Outcome { get; set; } = "Adopted";

    public string? Minutes { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? ExpiresOn { get; set; }
}

public sealed class AcceptanceForm
{
    public DateOnly? AcceptedOn { get; set; }

    public string Procedure { get; set; } = "Ordinary";

    public bool Major { get; set; }
}

/// <summary>One line of a queue, already in Chinese, as the interactive table receives it.</summary>
public sealed record QueueRow(Guid Id, string Number, string Applicant, string Respondent, string Status, string? Deadline, DateOnly? Due, string? DueStatus);
