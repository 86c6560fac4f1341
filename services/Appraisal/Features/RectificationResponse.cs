namespace RuleOfLaw.Appraisal.Features;

/// <summary>A rectification as the API shows it (APP-3): public, as the order to rectify is a published notice.</summary>
public sealed record RectificationResponse(
    Guid Id, Guid CycleId, int Year, string UnitId, RectificationStatus Status, decimal Total, decimal PassMark, DateOnly OrderedOn, DateOnly DueOn, bool Overdue,
    DateOnly? ReportedOn, bool ReportedLate, string? Measures, DateOnly? CompletedOn, string? Opinion)
{
    public static RectificationResponse From(Rectification r) => new(
        r.Id, r.CycleId, r.Year, r.UnitId, r.Status, r.Total, r.PassMark, r.OrderedOn, r.DueOn, r.Overdue, r.ReportedOn, r.ReportedOn > r.DueOn, r.Measures, r.CompletedOn, r.Opinion);
}
