using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.Appraisal.Features;

/// <summary>法治政府建设年度报告: the filing unit (the caller's own), whether it is a government or a department, the report and the day it was filed.</summary>
public sealed record FileAnnualReportRequest(string UnitId, ReportingLevel Level, string Title, string Text, DateOnly FiledOn);

internal sealed class FileAnnualReportValidator : AbstractValidator<FileAnnualReportRequest>
{
    public FileAnnualReportValidator(TimeProvider time)
    {
        RuleFor(x => x.UnitId).NotEmpty().MaximumLength(RecordMapping.UnitIdLength);
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.Title).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Text).NotEmpty().MaximumLength(100_000);
        RuleFor(x => x.FiledOn).NotInTheFuture(time);
    }
}

internal static class FileAnnualReport
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPost("/{id:guid}/reports", (Guid id, FileAnnualReportRequest request, AppraisalDbContext db, RecordCommands commands, IActorAccessor actor, HttpContext http, CancellationToken ct) =>
        {
            var unit = request.UnitId.Trim();
            ActingUnit.Require(http, unit);
            return commands.AddAsync(
                db.Cycles,
                id,
                async (cycle, time) =>
                {
                    var filed = await db.Reports.AnyAsync(r => r.CycleId == id && r.UnitId == unit, ct);
                    var report = cycle.FileReport(unit, request.Level, request.Title.Trim(), request.Text.Trim(), request.FiledOn, filed, actor.CurrentActor, time);
                    db.Reports.Add(report);
                    return AnnualReportResponse.From(report);
                },
                r => $"{AppraisalService.Names.RoutePrefix}/reports/{r.Id}",
                ct);
        })
        .Validate<FileAnnualReportRequest>()
        .WithRequestExample(Examples.FileReport)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithIdempotency()
        .ForRoles(Roles.UnitStaff, Roles.UnitHead)
        .WithName("FileAnnualReport")
        .WithSummary("年度报告 (APP-4): a unit files its yearly report on law-based administration in the cycle, once, while the cycle is open and not before its year began; a government's goes to the Party committee, the people's congress standing committee and the government above, a department's to its government and the department above. For the caller's own unit; publishes AnnualReportFiled.");
}
