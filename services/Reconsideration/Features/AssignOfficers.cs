namespace RuleOfLaw.Reconsideration.Features;

/// <summary>The reconsideration officers handling the case (REC-4: at least two).</summary>
public sealed record AssignOfficersRequest(IReadOnlyList<string> Officers);

internal sealed class AssignOfficersValidator : AbstractValidator<AssignOfficersRequest>
{
    public AssignOfficersValidator()
    {
        RuleFor(x => x.Officers).NotNull().MaximumCount(20);
        RuleForEach(x => x.Officers).NotEmpty().MaximumLength(100);
    }
}

internal static class AssignOfficers
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/officers", (Guid id, AssignOfficersRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.AssignOfficers(request.Officers, time), ct))
        .Validate<AssignOfficersRequest>()
        .WithRequestExample(Examples.Officers)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("AssignOfficers")
        .WithSummary("REC-4: at least two reconsideration officers handle the case.");
}
