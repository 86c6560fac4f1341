using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures;

namespace RuleOfLaw.Decisions.Features;

public sealed record AgendaRequest(DateOnly MeetingDate, string? ReformPilotLegalRisk = null);

public sealed record MeetingPackageResponse(Guid DecisionId, bool Complete, IReadOnlyList<PackagePiece> Pieces);

internal sealed class AgendaValidator : AbstractValidator<AgendaRequest>
{
    public AgendaValidator()
    {
        RuleFor(x => x.MeetingDate).NotEmpty();
        RuleFor(x => x.ReformPilotLegalRisk).MaximumLength(5000);
    }
}

/// <summary>合法性审查 (DEC-6), the meeting package (DEC-7) and 集体讨论决定 (DEC-8).</summary>
internal static class ReviewAndMeeting
{
    public static void MapReviewAndMeeting(this RouteGroupBuilder decisions)
    {
        decisions.MapLegalityReviewSubmission<MajorDecision, DecisionResponse>(
            "SubmitDecisionForLegalityReview", DecisionClocks.LegalityReview, DecisionRules.Dec6.Id,
            services => services.GetRequiredService<IOptions<DecisionSettings>>().Value.ReviewWorkingDays,
            "Sends the draft to the legal office once comment, hearing and risk steps are complete (a recorded risk found controllable) and the package pieces gathered before review are present; its at least 7 working days start (DEC-5, DEC-6, DEC-7).", [Roles.UnitStaff, Roles.UnitHead]);

        decisions.MapLegalityReviewConclusion<MajorDecision, DecisionLegalityChecklist, DecisionResponse>(
            "ConcludeDecisionLegalityReview", DecisionClocks.LegalityReview, Examples.Review,
            "The legal office answers every point of its checklist and concludes lawful, lawful with changes, or unlawful (DEC-6).");

        decisions.MapGet("/{id:guid}/meeting-package", async Task<Results<Ok<MeetingPackageResponse>, NotFound>> (Guid id, DecisionsDbContext db, CancellationToken ct) =>
        {
            var decision = await db.Decisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
            if (decision is null)
            {
                return TypedResults.NotFound();
            }

            var pieces = decision.MeetingPackage();
            return TypedResults.Ok(new MeetingPackageResponse(id, pieces.All(p => !p.Missing), pieces));
        })
        .WithName("GetMeetingPackage")
        .WithSummary("What the meeting package needs for this decision and what it has (DEC-7).");

        decisions.MapPost("/{id:guid}/agenda", (Guid id, AgendaRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.PutOnAgenda(request.MeetingDate, request.ReformPilotLegalRisk, c.Today, c.Now), ct))
        .Validate<AgendaRequest>()
        .WithRequestExample(Examples.Agenda)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("PutOnAgenda")
        .WithSummary("Puts the decision on the meeting agenda: only when found lawful (or a reform pilot with its legal risk stated) and with a complete package (DEC-6, DEC-7).");

        decisions.MapCollectiveMeeting<MajorDecision, DecisionResponse>(
            "collective-decision", "RecordCollectiveDecision", DecisionRules.Dec8, structuredMinutesRequired: true, Examples.Meeting,
            "Records the meeting's decision with structured minutes of a meeting held (dated from the agenda's date to today): positions in speaking order, the head last, the head's reason against the majority, the legal office head's attendance (DEC-8).", [Roles.UnitHead]);
    }
}
