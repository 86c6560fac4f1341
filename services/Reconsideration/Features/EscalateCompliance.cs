namespace RuleOfLaw.Reconsideration.Features;

/// <summary>The next escalation step against a respondent that did not comply.</summary>
public sealed record EscalateRequest(Escalation Level, DateOnly On, string Note);

internal sealed class EscalateValidator : AbstractValidator<EscalateRequest>
{
    public EscalateValidator(TimeProvider time)
    {
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.On).NotInTheFuture(time);
        RuleFor(x => x.Note).NotEmpty().MaximumLength(2000);
    }
}

internal static class EscalateCompliance
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/escalation", (Guid id, EscalateRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsync(id, (c, time) => c.Escalate(request.Level, request.On, request.Note.Trim(), time), ct))
        .Validate<EscalateRequest>()
        .WithRequestExample(Examples.Escalate)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(CaseAccess.Office)
        .WithName("EscalateCompliance")
        .WithSummary("REC-7: overdue compliance escalates one step at a time: order → meeting with the head → public notice.");
}
