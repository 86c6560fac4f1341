namespace RuleOfLaw.Decisions.Features;

public sealed record AgendaRequest(DateOnly MeetingDate, string? ReformPilotLegalRisk = null);

internal sealed class AgendaValidator : AbstractValidator<AgendaRequest>
{
    public AgendaValidator()
    {
        RuleFor(x => x.MeetingDate).NotEmpty();
        RuleFor(x => x.ReformPilotLegalRisk).MaximumLength(5000);
    }
}

/// <summary>提交集体讨论: a reviewed draft with a complete package goes on the meeting's agenda (DEC-6, DEC-7).</summary>
internal static class PutOnAgenda
{
    public static void Map(RouteGroupBuilder decisions) =>
        decisions.MapStep("/{id:guid}/agenda", Examples.Agenda, (d, request, t) => d.PutOnAgenda(request.MeetingDate, request.ReformPilotLegalRisk, t.Today, t.Now))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("PutOnAgenda")
        .WithSummary("Puts the decision on the meeting agenda: only when found lawful (or a reform pilot with its legal risk stated) and with a complete package (DEC-6, DEC-7).");
}
