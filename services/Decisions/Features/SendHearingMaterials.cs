using Microsoft.Extensions.Options;

namespace RuleOfLaw.Decisions.Features;

/// <summary>The materials reach the hearing's participants ahead of it (DEC-3).</summary>
internal static class SendHearingMaterials
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapPost("/{id:guid}/hearing/materials", (Guid id, DecisionCommands commands, IOptions<DecisionSettings> settings, CancellationToken ct) =>
            commands.RunAsync(id, (d, t) => d.SendHearingMaterials(t.Today, settings.Value, t.Now), ct))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Hearing")
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("SendHearingMaterials")
        .WithSummary("Records that the materials reached the participants today; refused later than 7 days before the hearing (DEC-3).");
}
