namespace RuleOfLaw.Decisions.Features;

public sealed record MeetingPackageResponse(Guid DecisionId, bool Complete, IReadOnlyList<PackagePiece> Pieces);

/// <summary>What the meeting package needs for this decision and what it has (DEC-7).</summary>
internal static class GetMeetingPackage
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapGet("/{id:guid}/meeting-package", (Guid id, DecisionsDbContext db, CancellationToken ct) =>
            db.Decisions.ShowAsync(id, Package, ct))
        .WithName("GetMeetingPackage")
        .WithSummary("What the meeting package needs for this decision and what it has (DEC-7).");

    private static MeetingPackageResponse Package(MajorDecision decision)
    {
        var pieces = decision.MeetingPackage();
        return new MeetingPackageResponse(decision.Id, pieces.All(p => !p.Missing), pieces);
    }
}
