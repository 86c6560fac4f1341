namespace RuleOfLaw.Reconsideration.Features;

/// <summary>受理: the procedure (simplified with its ground), and whether the case is major or complex (heard, and reported).</summary>
public sealed record AcceptCaseRequest(DateOnly AcceptedOn, ProcedureKind Procedure, SimplifiedGround? SimplifiedGround, bool Major);

internal sealed class AcceptCaseValidator : AbstractValidator<AcceptCaseRequest>
{
    public AcceptCaseValidator(TimeProvider time)
    {
        RuleFor(x => x.AcceptedOn).NotInTheFuture(time);
        RuleFor(x => x.Procedure).IsInEnum();
        RuleFor(x => x.SimplifiedGround).IsInEnum();
    }
}

internal static class AcceptCase
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/acceptance", (Guid id, AcceptCaseRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Accept(request.AcceptedOn, request.Procedure, request.SimplifiedGround, request.Major, time), ct))
        .Validate<AcceptCaseRequest>()
        .WithRequestExample(Examples.Accept)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("AcceptCase")
        .WithSummary("受理 (REC-2) in the ordinary or simplified procedure (REC-3); starts the copy and decision clocks; a major case is reported (REC-8); a requested incidental review goes to the documents service and suspends the case (REC-9).");
}
