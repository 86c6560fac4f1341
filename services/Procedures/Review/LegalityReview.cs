using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Domain;

namespace RuleOfLaw.Procedures.Review;

/// <summary>
/// 合法性审核 — the legal office's review of a draft: when it was submitted, the working days it had,
/// the checklist it answered and its conclusion. Init-only: a step returns a new review.
/// </summary>
public sealed record LegalityReview
{
    public DateOnly SubmittedOn { get; init; }

    public DateOnly DueOn { get; init; }

    /// <summary>Every point of the checklist the legal office answered.</summary>
    public List<string> PointsChecked { get; init; } = [];

    /// <summary>The points it found the draft doing.</summary>
    public List<string> DefectsFound { get; init; } = [];

    public LegalityConclusion? Conclusion { get; init; }

    public string? Opinion { get; init; }

    public string? Reviewer { get; init; }

    public DateTimeOffset? ConcludedAt { get; init; }

    /// <summary>The statutory day (China Standard Time) the legal office concluded; what follows the review is dated no earlier.</summary>
    public DateOnly? ConcludedOn => ConcludedAt is { } at ? StatutoryTime.DateOf(at) : null;

    /// <summary>Concluded lawful, or lawful with the changes it asked for.</summary>
    public bool FoundLawful => Conclusion is LegalityConclusion.Lawful or LegalityConclusion.LawfulWithChanges;

    /// <summary>Submits the draft; the legal office has <paramref name="workingDays"/> working days from today.</summary>
    public static LegalityReview Submit(DateOnly today, int workingDays, WorkingCalendar calendar) =>
        new() { SubmittedOn = today, DueOn = calendar.EndOfPeriod(today, workingDays, PeriodUnit.WorkingDays) };

    /// <summary>
    /// Concludes: every point answered (<paramref name="checklistRule"/>); a draft with any defect is
    /// not lawful.
    /// </summary>
    public LegalityReview Conclude(ILegalityChecklist checklist, LegalityConclusion conclusion, string opinion, string reviewer, DateTimeOffset now, Rule checklistRule)
    {
        checklistRule.Require(Conclusion is null, "合法性审查已经作出结论。", "The legality review is concluded already.");
        var points = checklist.Points().ToList();
        var unanswered = points.Where(p => p.Found is null).Select(p => p.Point).ToList();
        checklistRule.Require(unanswered.Count == 0, $"审查清单的每一项均应作出回答；未回答的：{string.Join("、", unanswered)}。", $"The checklist must answer every point; unanswered: {string.Join(", ", unanswered)}.");
        var defects = points.Where(p => p.Found == true).Select(p => p.Point).ToList();
        checklistRule.Require(
            defects.Count == 0 || conclusion == LegalityConclusion.Unlawful,
            $"草案存在以下问题的，不得作出合法的结论：{string.Join("、", defects)}。", $"A draft that {string.Join(", ", defects)} cannot be found lawful.");
        return this with
        {
            PointsChecked = [.. points.Select(p => p.Point)],
            DefectsFound = defects,
            Conclusion = conclusion,
            Opinion = opinion.Trim(),
            Reviewer = reviewer.Trim(),
            ConcludedAt = now,
        };
    }
}
