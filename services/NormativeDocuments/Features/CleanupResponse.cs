namespace RuleOfLaw.NormativeDocuments.Features;

public sealed record CleanupResponse(Guid Id, string Name, string UnitId, CleanupStatus Status, DateOnly StartedOn, DateOnly? PublishedOn, IReadOnlyList<CleanupItem> Items)
{
    public static CleanupResponse From(CleanupCampaign c) => new(c.Id, c.Name, c.UnitId, c.Status, c.StartedOn, c.PublishedOn, c.Items);
}
