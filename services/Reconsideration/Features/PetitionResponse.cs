namespace RuleOfLaw.Reconsideration.Features;

/// <summary>A petition: where it was routed or redirected, its deadlines and its reply.</summary>
public sealed record PetitionResponse(
    Guid Id,
    PetitionStatus Status,
    string Petitioner,
    string Matter,
    DateOnly ReceivedOn,
    string? RoutedToUnitId,
    DateOnly? RoutedOn,
    PetitionRoute? RedirectedTo,
    string? RouteNamed,
    int? ExtensionDays,
    string? ExtensionReason,
    DateOnly? FinishedOn,
    string? Reply,
    bool RoutingOverdue,
    bool HandlingOverdue,
    IReadOnlyList<DeadlineResponse> Deadlines)
{
    public static PetitionResponse From(Petition p) => new(
        p.Id, p.Status, p.Petitioner, p.Matter, p.ReceivedOn, p.ConcernedUnitId, p.RoutedOn, p.RedirectedTo, p.RouteNamed, p.ExtensionDays, p.ExtensionReason,
        p.FinishedOn, p.Reply, p.RoutingOverdue, p.HandlingOverdue, DeadlineResponse.Of(p.Clocks));
}
