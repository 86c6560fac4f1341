namespace RuleOfLaw.Reconsideration.Features;

internal static class CorrectApplication
{
    public static void Map(RouteGroupBuilder cases) =>
        cases.MapPost("/{id:guid}/corrections", (Guid id, ReasonedStepRequest request, CaseCommands commands, CancellationToken ct) =>
            commands.RunAsApplicantAsync(id, (c, time) => c.Correct(request.On, request.Text.Trim(), time), ct))
        .Validate<ReasonedStepRequest>()
        .WithRequestExample(Examples.Correction)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.Citizen)
        .WithName("CorrectApplication")
        .WithSummary("The applicant corrects their own application (REC-2); the acceptance clock resumes with the working days left.");
}
