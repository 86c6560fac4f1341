using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.NormativeDocuments.Features;

/// <summary><c>?page=&amp;pageSize=</c>, the period closing soonest first.</summary>
public sealed record ConsultationQuery(int Page = 1, int PageSize = 50) : IPagedQuery;

internal sealed class ConsultationQueryValidator : PagedQueryValidator<ConsultationQuery>;

/// <summary>A draft open for public comment: what the public needs to find it and know until when it may comment.</summary>
public sealed record ConsultationItem(Guid Id, string UnitId, string Title, DateOnly OpensOn, DateOnly ClosesOn);

/// <summary>
/// The drafts open for public comment now (DOC-2), for anyone: the draft's text is public from the day its period
/// opens, so the list is too. A period that closed (on its day, or early) leaves the list.
/// </summary>
internal static class ListConsultations
{
    public static void Map(RouteGroupBuilder documents) =>
        documents.MapGet("/consultations", async ([AsParameters] ConsultationQuery query, DocumentsDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var today = StatutoryTime.Today(time);
            var open = db.Documents.AsNoTracking()
                // By the dates too, not the status alone: the clock that closes a period fires a little after its day.
                .Where(d => d.Status == DocumentStatus.OpenForComment && d.Consultation!.OpensOn <= today && d.Consultation.ClosesOn >= today)
                .OrderBy(d => d.Consultation!.ClosesOn).ThenBy(d => d.Id)
                .Select(d => new ConsultationItem(d.Id, d.UnitId, d.Title, d.Consultation!.OpensOn, d.Consultation.ClosesOn));
            return TypedResults.Ok(await PageRequest.Of(query).ApplyAsync(open, ct));
        })
        .Validate<ConsultationQuery>()
        .WithName("ListConsultations")
        .WithSummary("The drafts open for public comment today, the period closing soonest first (public, DOC-2).");
}
