namespace RuleOfLaw.Reconsideration.Features;

/// <summary>典型案例: the anonymised summary the casebook publishes.</summary>
public sealed record MarkTypicalRequest(string Summary);

internal sealed class MarkTypicalValidator : AbstractValidator<MarkTypicalRequest>
{
    public MarkTypicalValidator() => RuleFor(x => x.Summary).NotEmpty().MaximumLength(4000);
}

internal static class MarkTypical
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/typical", (Guid id, MarkTypicalRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.MarkTypical(request.Summary.Trim(), time.Now), ct))
        .Validate<MarkTypicalRequest>()
        .WithRequestExample(Examples.Typical)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("MarkTypicalCase")
        .WithSummary("REC-8: marks a decided case typical, with an anonymised summary, for the published casebook.");
}
