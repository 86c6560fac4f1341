using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace RuleOfLaw.Decisions.Features;

public sealed record PublishDecisionRequest(string Explanation);

internal sealed class PublishDecisionValidator : AbstractValidator<PublishDecisionRequest>
{
    public PublishDecisionValidator() => RuleFor(x => x.Explanation).NotEmpty().MaximumLength(50_000);
}

/// <summary>公布与归档 (DEC-9): an adopted decision is published and its full record archived in the same transaction.</summary>
internal static class PublishDecision
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapPost("/{id:guid}/publication", (Guid id, PublishDecisionRequest request, DecisionCommands commands, DecisionsDbContext db, IOptions<JsonOptions> json, CancellationToken ct) =>
            commands.RunAsync(id, (d, t) =>
            {
                d.Publish(request.Explanation, t.Today, t.Now);
                db.Archives.Add(ArchivedDecision.Archive(d, t.Now, json.Value.SerializerOptions));
            }, ct))
        .Validate<PublishDecisionRequest>()
        .WithRequestExample(Examples.Publish)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("PublishDecision")
        .WithSummary("Publishes an adopted decision with the explanation of which opinions were adopted, and archives its full record (DEC-9).");
}
