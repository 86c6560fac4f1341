using FluentValidation;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Validation;
using RuleOfLaw.Decisions.Domain;
using RuleOfLaw.Procedures;

namespace RuleOfLaw.Decisions.Features;

public sealed record HearingParticipantRequest(string Name, string Category);

public sealed record AnnounceHearingRequest(DateOnly HearingDate, string SelectionMethod, IReadOnlyList<HearingParticipantRequest> Participants);

public sealed record HearingRecordRequest(string Record, IReadOnlyList<string> SignedBy);

public sealed record ExpertOpinionRequest(string Expert, string Field, bool? HasDirectInterest, string? InterestDeclaration, string Opinion, string? SignedBy);

public sealed record RiskAssessmentRequest(
    string AssessorUnitId, IReadOnlyList<string> RiskPoints, IReadOnlyList<string> PreventionMeasures, string ContingencyPlan, RiskLevel Level, bool Controllable);

internal sealed class AnnounceHearingValidator : AbstractValidator<AnnounceHearingRequest>
{
    public AnnounceHearingValidator()
    {
        RuleFor(x => x.HearingDate).NotEmpty();
        RuleFor(x => x.SelectionMethod).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.Participants).NotNull().MaximumCount(500).WithMessage("At most 500 participants.");
        RuleForEach(x => x.Participants).SetValidator(new HearingParticipantValidator());
    }
}

internal sealed class HearingParticipantValidator : AbstractValidator<HearingParticipantRequest>
{
    public HearingParticipantValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Category).NotEmpty().MaximumLength(100);
    }
}

internal sealed class HearingRecordValidator : AbstractValidator<HearingRecordRequest>
{
    public HearingRecordValidator()
    {
        RuleFor(x => x.Record).NotEmpty().MaximumLength(100_000);
        RuleFor(x => x.SignedBy).NotNull().MaximumCount(500);
        RuleForEach(x => x.SignedBy).NotEmpty().MaximumLength(100);
    }
}

internal sealed class ExpertOpinionValidator : AbstractValidator<ExpertOpinionRequest>
{
    public ExpertOpinionValidator()
    {
        RuleFor(x => x.Expert).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Field).NotEmpty().MaximumLength(100);
        RuleFor(x => x.InterestDeclaration).MaximumLength(2000);
        RuleFor(x => x.Opinion).NotEmpty().MaximumLength(50_000);
        RuleFor(x => x.SignedBy).MaximumLength(100);
    }
}

internal sealed class RiskAssessmentValidator : AbstractValidator<RiskAssessmentRequest>
{
    public RiskAssessmentValidator()
    {
        RuleFor(x => x.AssessorUnitId).NotEmpty().MaximumLength(100);
        RuleFor(x => x.RiskPoints).NotNull().MaximumCount(200);
        RuleForEach(x => x.RiskPoints).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.PreventionMeasures).NotNull().MaximumCount(200);
        RuleForEach(x => x.PreventionMeasures).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.ContingencyPlan).NotNull().MaximumLength(50_000);
        RuleFor(x => x.Level).IsInEnum();
    }
}

/// <summary>听证 (DEC-3), 专家论证 (DEC-4), 风险评估 (DEC-5) and the fair-competition review (DEC-7).</summary>
internal static class Deliberation
{
    public static void MapDeliberation(this RouteGroupBuilder decisions)
    {
        decisions.MapPost("/{id:guid}/hearing", (Guid id, AnnounceHearingRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.AnnounceHearing(
                request.HearingDate, request.SelectionMethod.Trim(), [.. request.Participants.Select(p => new HearingParticipant(p.Name.Trim(), p.Category.Trim()))], c.Today, c.Now), ct))
        .Validate<AnnounceHearingRequest>()
        .WithRequestExample(Examples.Hearing)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Hearing")
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("AnnounceHearing")
        .WithSummary("Publishes the hearing's date, how participants were chosen and who they are, in advance (DEC-3).");

        decisions.MapPost("/{id:guid}/hearing/materials", (Guid id, DecisionCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.SendHearingMaterials(c.Today, c.Settings, c.Now), ct))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Hearing")
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("SendHearingMaterials")
        .WithSummary("Records that the materials reached the participants today; refused later than 7 days before the hearing (DEC-3).");

        decisions.MapPost("/{id:guid}/hearing/record", (Guid id, HearingRecordRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.RecordHearing(request.Record.Trim(), [.. request.SignedBy.Select(s => s.Trim())], c.Today, c.Settings, c.Now), ct))
        .Validate<HearingRecordRequest>()
        .WithRequestExample(Examples.HearingRecord)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithTags("Hearing")
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("RecordHearing")
        .WithSummary("Concludes the hearing with its signed record; refused with fewer stakeholder categories than the district setting (DEC-3).");

        decisions.MapPost("/{id:guid}/expert-opinions", (Guid id, ExpertOpinionRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.AddExpertOpinion(
                request.Expert.Trim(), request.Field.Trim(), request.HasDirectInterest, request.InterestDeclaration, request.Opinion.Trim(), request.SignedBy, c.Today, c.Now), ct))
        .Validate<ExpertOpinionRequest>()
        .WithRequestExample(Examples.ExpertOpinion)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("AddExpertOpinion")
        .WithSummary("Adds an expert's written, signed opinion; an expert who declares a direct interest, or no declaration, is refused (DEC-4).");

        decisions.MapPost("/{id:guid}/risk-assessment", (Guid id, RiskAssessmentRequest request, DecisionCommands commands, CancellationToken ct) =>
            commands.ExecuteAsync(id, (d, c) => d.AssessRisk(new RiskAssessment
            {
                AssessorUnitId = request.AssessorUnitId.Trim(),
                RiskPoints = [.. request.RiskPoints.Select(p => p.Trim())],
                PreventionMeasures = [.. request.PreventionMeasures.Select(m => m.Trim())],
                ContingencyPlan = request.ContingencyPlan.Trim(),
                Level = request.Level,
                Controllable = request.Controllable,
                AssessedOn = c.Today,
            }, c.Now), ct))
        .Validate<RiskAssessmentRequest>()
        .WithRequestExample(Examples.Risk)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForOwnUnit<MajorDecision>(Roles.UnitStaff, Roles.UnitHead)
        .WithName("AssessRisk")
        .WithSummary("Records the risk report: risk points, prevention measures, contingency plan, level and whether the risk is controllable (DEC-5).");

        decisions.MapFairCompetitionReview<MajorDecision, DecisionResponse>(
            "RecordDecisionFairCompetitionReview", "Records the fair-competition review of a draft affecting market activity, a piece of the meeting package (DEC-7).", [Roles.UnitStaff, Roles.UnitHead]);
    }
}
