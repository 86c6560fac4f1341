using RuleOfLaw.BuildingBlocks.Clocks;

namespace RuleOfLaw.Procedures.Review;

/// <summary>A record whose draft goes to the legal office once what must come first is done.</summary>
public interface ILegalityReviewSubmission
{
    /// <summary>Submits the draft; the legal office has <paramref name="workingDays"/> working days.</summary>
    void SubmitForLegalityReview(DateOnly today, int workingDays, WorkingCalendar calendar, DateTimeOffset now);
}
