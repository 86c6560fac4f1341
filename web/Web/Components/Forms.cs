using RuleOfLaw.Web.Gateway;

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

/// <summary>
/// One line of a queue, already in Chinese, as the interactive table receives it: the page it links to, its
/// cells (the first is the link), its status and its next deadline.
/// </summary>
public sealed record QueueRow(string Href, IReadOnlyList<string> Cells, string Status, string? Deadline, DateOnly? Due, string? DueStatus)
{
    /// <summary>
    /// A line for a record whose next deadline is <paramref name="next"/>, the soonest that still counts; its kind is
    /// said in <paramref name="words"/> (default <see cref="Text.Of"/>; a procedure with words of its own passes them).
    /// </summary>
    public static QueueRow Of(string href, IReadOnlyList<string> cells, string status, DeadlineView? next, Func<string?, string>? words = null) =>
        new(href, cells, status, next is null ? null : (words ?? Text.Of)(next.Kind), next?.DueDate, next?.Status);

    /// <summary>The deadline that comes next among <paramref name="deadlines"/>: running, paused or elapsed, soonest first.</summary>
    public static DeadlineView? Next(IEnumerable<DeadlineView> deadlines) =>
        deadlines.Where(d => d.Status is "Running" or "Paused" or "Elapsed").OrderBy(d => d.DueDate).FirstOrDefault();

    /// <summary>overdue, due-soon or on-time on <paramref name="today"/>.</summary>
    public string UrgencyOn(DateOnly today) => Due is { } due ? Urgency.Of(due, DueStatus, today) : "on-time";

    /// <summary>How many of <paramref name="rows"/> are overdue, due soon and on time, for the summary chart.</summary>
    public static Dictionary<string, int> Counts(IEnumerable<QueueRow> rows, DateOnly today) =>
        rows.GroupBy(r => r.UrgencyOn(today)).ToDictionary(g => g.Key, g => g.Count());
}
