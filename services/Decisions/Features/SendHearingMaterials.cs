namespace RuleOfLaw.Decisions.Features;

/// <summary>The materials reach the hearing's participants ahead of it (DEC-3).</summary>
internal static class SendHearingMaterials
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/hearing/materials", (d, t, settings) => d.SendHearingMaterials(t.Today, settings, t.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Hearing")
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("SendHearingMaterials")
        .WithSummary("Records that the materials reached the participants today; refused later than 7 days before the hearing (DEC-3).");
}
