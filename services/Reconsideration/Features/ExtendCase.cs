namespace RuleOfLaw.Reconsideration.Features;

/// <summary>延期: the days (at most 30) and the reason.</summary>
public sealed record ExtendCaseRequest(int Days, string Reason);

internal sealed class ExtendCaseValidator : AbstractValidator<ExtendCaseRequest>
{
    public ExtendCaseValidator()
    {
        RuleFor(x => x.Days).GreaterThan(0);
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
    }
}

internal static class ExtendCase
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/extension", (Guid id, ExtendCaseRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Extend(request.Days, request.Reason.Trim(), time), ct))
        .Validate<ExtendCaseRequest>()
        .WithRequestExample(Examples.Extension)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("ExtendCase")
        .WithSummary("REC-6: extends the decision period once, by at most 30 days, with a reason.");
}
