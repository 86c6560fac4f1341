namespace RuleOfLaw.BuildingBlocks.Clocks;

/// <summary>A statutory deadline of a record as staff (and, where they may read the record, the parties) see it.</summary>
public sealed record DeadlineResponse(string Kind, string RuleId, DateOnly DueDate, ClockStatus Status)
{
    /// <summary>The record's clocks, oldest first.</summary>
    public static IReadOnlyList<DeadlineResponse> Of(IEnumerable<StatutoryClock> clocks) =>
        [.. clocks.OrderBy(k => k.StartDate).ThenBy(k => k.DueDate).Select(k => new DeadlineResponse(k.Kind, k.RuleId, k.DueDate, k.Status))];
}
